var z=globalThis,B=z.ShadowRoot&&(z.ShadyCSS===void 0||z.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype,V=Symbol(),_t=new WeakMap,R=class{constructor(e,t,s){if(this._$cssResult$=!0,s!==V)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=e,this.t=t}get styleSheet(){let e=this.o,t=this.t;if(B&&e===void 0){let s=t!==void 0&&t.length===1;s&&(e=_t.get(t)),e===void 0&&((this.o=e=new CSSStyleSheet).replaceSync(this.cssText),s&&_t.set(t,e))}return e}toString(){return this.cssText}},gt=o=>new R(typeof o=="string"?o:o+"",void 0,V),M=(o,...e)=>{let t=o.length===1?o[0]:e.reduce((s,i,r)=>s+(a=>{if(a._$cssResult$===!0)return a.cssText;if(typeof a=="number")return a;throw Error("Value passed to 'css' function must be a 'css' function result: "+a+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")})(i)+o[r+1],o[0]);return new R(t,o,V)},yt=(o,e)=>{if(B)o.adoptedStyleSheets=e.map(t=>t instanceof CSSStyleSheet?t:t.styleSheet);else for(let t of e){let s=document.createElement("style"),i=z.litNonce;i!==void 0&&s.setAttribute("nonce",i),s.textContent=t.cssText,o.appendChild(s)}},Q=B?o=>o:o=>o instanceof CSSStyleSheet?(e=>{let t="";for(let s of e.cssRules)t+=s.cssText;return gt(t)})(o):o;var{is:Vt,defineProperty:Qt,getOwnPropertyDescriptor:Zt,getOwnPropertyNames:Yt,getOwnPropertySymbols:Xt,getPrototypeOf:te}=Object,q=globalThis,ft=q.trustedTypes,ee=ft?ft.emptyScript:"",se=q.reactiveElementPolyfillSupport,C=(o,e)=>o,Z={toAttribute(o,e){switch(e){case Boolean:o=o?ee:null;break;case Object:case Array:o=o==null?o:JSON.stringify(o)}return o},fromAttribute(o,e){let t=o;switch(e){case Boolean:t=o!==null;break;case Number:t=o===null?null:Number(o);break;case Object:case Array:try{t=JSON.parse(o)}catch{t=null}}return t}},$t=(o,e)=>!Vt(o,e),vt={attribute:!0,type:String,converter:Z,reflect:!1,useDefault:!1,hasChanged:$t};Symbol.metadata??=Symbol("metadata"),q.litPropertyMetadata??=new WeakMap;var f=class extends HTMLElement{static addInitializer(e){this._$Ei(),(this.l??=[]).push(e)}static get observedAttributes(){return this.finalize(),this._$Eh&&[...this._$Eh.keys()]}static createProperty(e,t=vt){if(t.state&&(t.attribute=!1),this._$Ei(),this.prototype.hasOwnProperty(e)&&((t=Object.create(t)).wrapped=!0),this.elementProperties.set(e,t),!t.noAccessor){let s=Symbol(),i=this.getPropertyDescriptor(e,s,t);i!==void 0&&Qt(this.prototype,e,i)}}static getPropertyDescriptor(e,t,s){let{get:i,set:r}=Zt(this.prototype,e)??{get(){return this[t]},set(a){this[t]=a}};return{get:i,set(a){let n=i?.call(this);r?.call(this,a),this.requestUpdate(e,n,s)},configurable:!0,enumerable:!0}}static getPropertyOptions(e){return this.elementProperties.get(e)??vt}static _$Ei(){if(this.hasOwnProperty(C("elementProperties")))return;let e=te(this);e.finalize(),e.l!==void 0&&(this.l=[...e.l]),this.elementProperties=new Map(e.elementProperties)}static finalize(){if(this.hasOwnProperty(C("finalized")))return;if(this.finalized=!0,this._$Ei(),this.hasOwnProperty(C("properties"))){let t=this.properties,s=[...Yt(t),...Xt(t)];for(let i of s)this.createProperty(i,t[i])}let e=this[Symbol.metadata];if(e!==null){let t=litPropertyMetadata.get(e);if(t!==void 0)for(let[s,i]of t)this.elementProperties.set(s,i)}this._$Eh=new Map;for(let[t,s]of this.elementProperties){let i=this._$Eu(t,s);i!==void 0&&this._$Eh.set(i,t)}this.elementStyles=this.finalizeStyles(this.styles)}static finalizeStyles(e){let t=[];if(Array.isArray(e)){let s=new Set(e.flat(1/0).reverse());for(let i of s)t.unshift(Q(i))}else e!==void 0&&t.push(Q(e));return t}static _$Eu(e,t){let s=t.attribute;return s===!1?void 0:typeof s=="string"?s:typeof e=="string"?e.toLowerCase():void 0}constructor(){super(),this._$Ep=void 0,this.isUpdatePending=!1,this.hasUpdated=!1,this._$Em=null,this._$Ev()}_$Ev(){this._$ES=new Promise(e=>this.enableUpdating=e),this._$AL=new Map,this._$E_(),this.requestUpdate(),this.constructor.l?.forEach(e=>e(this))}addController(e){(this._$EO??=new Set).add(e),this.renderRoot!==void 0&&this.isConnected&&e.hostConnected?.()}removeController(e){this._$EO?.delete(e)}_$E_(){let e=new Map,t=this.constructor.elementProperties;for(let s of t.keys())this.hasOwnProperty(s)&&(e.set(s,this[s]),delete this[s]);e.size>0&&(this._$Ep=e)}createRenderRoot(){let e=this.shadowRoot??this.attachShadow(this.constructor.shadowRootOptions);return yt(e,this.constructor.elementStyles),e}connectedCallback(){this.renderRoot??=this.createRenderRoot(),this.enableUpdating(!0),this._$EO?.forEach(e=>e.hostConnected?.())}enableUpdating(e){}disconnectedCallback(){this._$EO?.forEach(e=>e.hostDisconnected?.())}attributeChangedCallback(e,t,s){this._$AK(e,s)}_$ET(e,t){let s=this.constructor.elementProperties.get(e),i=this.constructor._$Eu(e,s);if(i!==void 0&&s.reflect===!0){let r=(s.converter?.toAttribute!==void 0?s.converter:Z).toAttribute(t,s.type);this._$Em=e,r==null?this.removeAttribute(i):this.setAttribute(i,r),this._$Em=null}}_$AK(e,t){let s=this.constructor,i=s._$Eh.get(e);if(i!==void 0&&this._$Em!==i){let r=s.getPropertyOptions(i),a=typeof r.converter=="function"?{fromAttribute:r.converter}:r.converter?.fromAttribute!==void 0?r.converter:Z;this._$Em=i;let n=a.fromAttribute(t,r.type);this[i]=n??this._$Ej?.get(i)??n,this._$Em=null}}requestUpdate(e,t,s,i=!1,r){if(e!==void 0){let a=this.constructor;if(i===!1&&(r=this[e]),s??=a.getPropertyOptions(e),!((s.hasChanged??$t)(r,t)||s.useDefault&&s.reflect&&r===this._$Ej?.get(e)&&!this.hasAttribute(a._$Eu(e,s))))return;this.C(e,t,s)}this.isUpdatePending===!1&&(this._$ES=this._$EP())}C(e,t,{useDefault:s,reflect:i,wrapped:r},a){s&&!(this._$Ej??=new Map).has(e)&&(this._$Ej.set(e,a??t??this[e]),r!==!0||a!==void 0)||(this._$AL.has(e)||(this.hasUpdated||s||(t=void 0),this._$AL.set(e,t)),i===!0&&this._$Em!==e&&(this._$Eq??=new Set).add(e))}async _$EP(){this.isUpdatePending=!0;try{await this._$ES}catch(t){Promise.reject(t)}let e=this.scheduleUpdate();return e!=null&&await e,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){if(!this.isUpdatePending)return;if(!this.hasUpdated){if(this.renderRoot??=this.createRenderRoot(),this._$Ep){for(let[i,r]of this._$Ep)this[i]=r;this._$Ep=void 0}let s=this.constructor.elementProperties;if(s.size>0)for(let[i,r]of s){let{wrapped:a}=r,n=this[i];a!==!0||this._$AL.has(i)||n===void 0||this.C(i,void 0,r,n)}}let e=!1,t=this._$AL;try{e=this.shouldUpdate(t),e?(this.willUpdate(t),this._$EO?.forEach(s=>s.hostUpdate?.()),this.update(t)):this._$EM()}catch(s){throw e=!1,this._$EM(),s}e&&this._$AE(t)}willUpdate(e){}_$AE(e){this._$EO?.forEach(t=>t.hostUpdated?.()),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(e)),this.updated(e)}_$EM(){this._$AL=new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$ES}shouldUpdate(e){return!0}update(e){this._$Eq&&=this._$Eq.forEach(t=>this._$ET(t,this[t])),this._$EM()}updated(e){}firstUpdated(e){}};f.elementStyles=[],f.shadowRootOptions={mode:"open"},f[C("elementProperties")]=new Map,f[C("finalized")]=new Map,se?.({ReactiveElement:f}),(q.reactiveElementVersions??=[]).push("2.1.2");var rt=globalThis,bt=o=>o,G=rt.trustedTypes,wt=G?G.createPolicy("lit-html",{createHTML:o=>o}):void 0,Et="$lit$",b=`lit$${Math.random().toFixed(9).slice(2)}$`,Pt="?"+b,ie=`<${Pt}>`,T=document,I=()=>T.createComment(""),O=o=>o===null||typeof o!="object"&&typeof o!="function",ot=Array.isArray,re=o=>ot(o)||typeof o?.[Symbol.iterator]=="function",Y=`[ 	
\f\r]`,H=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,xt=/-->/g,kt=/>/g,k=RegExp(`>|${Y}(?:([^\\s"'>=/]+)(${Y}*=${Y}*(?:[^ 	
\f\r"'\`<>=]|("|')|))|$)`,"g"),St=/'/g,Tt=/"/g,Dt=/^(?:script|style|textarea|title)$/i,at=o=>(e,...t)=>({_$litType$:o,strings:e,values:t}),p=at(1),D=at(2),ve=at(3),A=Symbol.for("lit-noChange"),c=Symbol.for("lit-nothing"),At=new WeakMap,S=T.createTreeWalker(T,129);function Lt(o,e){if(!ot(o)||!o.hasOwnProperty("raw"))throw Error("invalid template strings array");return wt!==void 0?wt.createHTML(e):e}var oe=(o,e)=>{let t=o.length-1,s=[],i,r=e===2?"<svg>":e===3?"<math>":"",a=H;for(let n=0;n<t;n++){let l=o[n],d,m,u=-1,g=0;for(;g<l.length&&(a.lastIndex=g,m=a.exec(l),m!==null);)g=a.lastIndex,a===H?m[1]==="!--"?a=xt:m[1]!==void 0?a=kt:m[2]!==void 0?(Dt.test(m[2])&&(i=RegExp("</"+m[2],"g")),a=k):m[3]!==void 0&&(a=k):a===k?m[0]===">"?(a=i??H,u=-1):m[1]===void 0?u=-2:(u=a.lastIndex-m[2].length,d=m[1],a=m[3]===void 0?k:m[3]==='"'?Tt:St):a===Tt||a===St?a=k:a===xt||a===kt?a=H:(a=k,i=void 0);let h=a===k&&o[n+1].startsWith("/>")?" ":"";r+=a===H?l+ie:u>=0?(s.push(d),l.slice(0,u)+Et+l.slice(u)+b+h):l+b+(u===-2?n:h)}return[Lt(o,r+(o[t]||"<?>")+(e===2?"</svg>":e===3?"</math>":"")),s]},N=class o{constructor({strings:e,_$litType$:t},s){let i;this.parts=[];let r=0,a=0,n=e.length-1,l=this.parts,[d,m]=oe(e,t);if(this.el=o.createElement(d,s),S.currentNode=this.el.content,t===2||t===3){let u=this.el.content.firstChild;u.replaceWith(...u.childNodes)}for(;(i=S.nextNode())!==null&&l.length<n;){if(i.nodeType===1){if(i.hasAttributes())for(let u of i.getAttributeNames())if(u.endsWith(Et)){let g=m[a++],h=i.getAttribute(u).split(b),_=/([.?@])?(.*)/.exec(g);l.push({type:1,index:r,name:_[2],strings:h,ctor:_[1]==="."?tt:_[1]==="?"?et:_[1]==="@"?st:P}),i.removeAttribute(u)}else u.startsWith(b)&&(l.push({type:6,index:r}),i.removeAttribute(u));if(Dt.test(i.tagName)){let u=i.textContent.split(b),g=u.length-1;if(g>0){i.textContent=G?G.emptyScript:"";for(let h=0;h<g;h++)i.append(u[h],I()),S.nextNode(),l.push({type:2,index:++r});i.append(u[g],I())}}}else if(i.nodeType===8)if(i.data===Pt)l.push({type:2,index:r});else{let u=-1;for(;(u=i.data.indexOf(b,u+1))!==-1;)l.push({type:7,index:r}),u+=b.length-1}r++}}static createElement(e,t){let s=T.createElement("template");return s.innerHTML=e,s}};function E(o,e,t=o,s){if(e===A)return e;let i=s!==void 0?t._$Co?.[s]:t._$Cl,r=O(e)?void 0:e._$litDirective$;return i?.constructor!==r&&(i?._$AO?.(!1),r===void 0?i=void 0:(i=new r(o),i._$AT(o,t,s)),s!==void 0?(t._$Co??=[])[s]=i:t._$Cl=i),i!==void 0&&(e=E(o,i._$AS(o,e.values),i,s)),e}var X=class{constructor(e,t){this._$AV=[],this._$AN=void 0,this._$AD=e,this._$AM=t}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(e){let{el:{content:t},parts:s}=this._$AD,i=(e?.creationScope??T).importNode(t,!0);S.currentNode=i;let r=S.nextNode(),a=0,n=0,l=s[0];for(;l!==void 0;){if(a===l.index){let d;l.type===2?d=new U(r,r.nextSibling,this,e):l.type===1?d=new l.ctor(r,l.name,l.strings,this,e):l.type===6&&(d=new it(r,this,e)),this._$AV.push(d),l=s[++n]}a!==l?.index&&(r=S.nextNode(),a++)}return S.currentNode=T,i}p(e){let t=0;for(let s of this._$AV)s!==void 0&&(s.strings!==void 0?(s._$AI(e,s,t),t+=s.strings.length-2):s._$AI(e[t])),t++}},U=class o{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(e,t,s,i){this.type=2,this._$AH=c,this._$AN=void 0,this._$AA=e,this._$AB=t,this._$AM=s,this.options=i,this._$Cv=i?.isConnected??!0}get parentNode(){let e=this._$AA.parentNode,t=this._$AM;return t!==void 0&&e?.nodeType===11&&(e=t.parentNode),e}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(e,t=this){e=E(this,e,t),O(e)?e===c||e==null||e===""?(this._$AH!==c&&this._$AR(),this._$AH=c):e!==this._$AH&&e!==A&&this._(e):e._$litType$!==void 0?this.$(e):e.nodeType!==void 0?this.T(e):re(e)?this.k(e):this._(e)}O(e){return this._$AA.parentNode.insertBefore(e,this._$AB)}T(e){this._$AH!==e&&(this._$AR(),this._$AH=this.O(e))}_(e){this._$AH!==c&&O(this._$AH)?this._$AA.nextSibling.data=e:this.T(T.createTextNode(e)),this._$AH=e}$(e){let{values:t,_$litType$:s}=e,i=typeof s=="number"?this._$AC(e):(s.el===void 0&&(s.el=N.createElement(Lt(s.h,s.h[0]),this.options)),s);if(this._$AH?._$AD===i)this._$AH.p(t);else{let r=new X(i,this),a=r.u(this.options);r.p(t),this.T(a),this._$AH=r}}_$AC(e){let t=At.get(e.strings);return t===void 0&&At.set(e.strings,t=new N(e)),t}k(e){ot(this._$AH)||(this._$AH=[],this._$AR());let t=this._$AH,s,i=0;for(let r of e)i===t.length?t.push(s=new o(this.O(I()),this.O(I()),this,this.options)):s=t[i],s._$AI(r),i++;i<t.length&&(this._$AR(s&&s._$AB.nextSibling,i),t.length=i)}_$AR(e=this._$AA.nextSibling,t){for(this._$AP?.(!1,!0,t);e!==this._$AB;){let s=bt(e).nextSibling;bt(e).remove(),e=s}}setConnected(e){this._$AM===void 0&&(this._$Cv=e,this._$AP?.(e))}},P=class{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(e,t,s,i,r){this.type=1,this._$AH=c,this._$AN=void 0,this.element=e,this.name=t,this._$AM=i,this.options=r,s.length>2||s[0]!==""||s[1]!==""?(this._$AH=Array(s.length-1).fill(new String),this.strings=s):this._$AH=c}_$AI(e,t=this,s,i){let r=this.strings,a=!1;if(r===void 0)e=E(this,e,t,0),a=!O(e)||e!==this._$AH&&e!==A,a&&(this._$AH=e);else{let n=e,l,d;for(e=r[0],l=0;l<r.length-1;l++)d=E(this,n[s+l],t,l),d===A&&(d=this._$AH[l]),a||=!O(d)||d!==this._$AH[l],d===c?e=c:e!==c&&(e+=(d??"")+r[l+1]),this._$AH[l]=d}a&&!i&&this.j(e)}j(e){e===c?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,e??"")}},tt=class extends P{constructor(){super(...arguments),this.type=3}j(e){this.element[this.name]=e===c?void 0:e}},et=class extends P{constructor(){super(...arguments),this.type=4}j(e){this.element.toggleAttribute(this.name,!!e&&e!==c)}},st=class extends P{constructor(e,t,s,i,r){super(e,t,s,i,r),this.type=5}_$AI(e,t=this){if((e=E(this,e,t,0)??c)===A)return;let s=this._$AH,i=e===c&&s!==c||e.capture!==s.capture||e.once!==s.once||e.passive!==s.passive,r=e!==c&&(s===c||i);i&&this.element.removeEventListener(this.name,this,s),r&&this.element.addEventListener(this.name,this,e),this._$AH=e}handleEvent(e){typeof this._$AH=="function"?this._$AH.call(this.options?.host??this.element,e):this._$AH.handleEvent(e)}},it=class{constructor(e,t,s){this.element=e,this.type=6,this._$AN=void 0,this._$AM=t,this.options=s}get _$AU(){return this._$AM._$AU}_$AI(e){E(this,e)}};var ae=rt.litHtmlPolyfillSupport;ae?.(N,U),(rt.litHtmlVersions??=[]).push("3.3.3");var Rt=(o,e,t)=>{let s=t?.renderBefore??e,i=s._$litPart$;if(i===void 0){let r=t?.renderBefore??null;s._$litPart$=i=new U(e.insertBefore(I(),r),r,void 0,t??{})}return i._$AI(o),i};var nt=globalThis,w=class extends f{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){let e=super.createRenderRoot();return this.renderOptions.renderBefore??=e.firstChild,e}update(e){let t=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(e),this._$Do=Rt(t,this.renderRoot,this.renderOptions)}connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(!0)}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(!1)}render(){return A}};w._$litElement$=!0,w.finalized=!0,nt.litElementHydrateSupport?.({LitElement:w});var ne=nt.litElementPolyfillSupport;ne?.({LitElement:w});(nt.litElementVersions??=[]).push("4.2.2");function y(o,e,t={}){return o.callWS({type:`encore/${e}`,...t})}function K(o){return o&&typeof o=="object"&&"message"in o?String(o.message):String(o)}function lt(o){return o.toISOString().slice(0,10)}function L(o){return new Date(`${o}T00:00:00Z`)}function le(o){let e=L(o),t=(e.getUTCDay()+6)%7;return lt(new Date(e.getTime()-t*864e5))}function pt(o,e){let t=new Map;for(let[s,i]of o){let r=e==="day"?s:e==="week"?le(s):`${s.slice(0,7)}-01`;t.set(r,(t.get(r)??0)+i)}return[...t.entries()].map(([s,i])=>({start:s,minutes:i}))}function Mt(o){if(o.length===0)return"day";let e=(L(o[o.length-1][0]).getTime()-L(o[0][0]).getTime())/864e5;return e<=62?"day":e<=731?"week":"month"}function ht(o){if(o.length===0)return[];let e=new Map(o),t=[],s=L(o[o.length-1][0]).getTime();for(let i=L(o[0][0]).getTime();i<=s;i+=864e5){let r=lt(new Date(i));t.push([r,e.get(r)??0])}return t}function x(o){let e=Math.round(o);if(e<60)return`${e} min`;let t=Math.floor(e/60),s=e%60;return`${t.toLocaleString()} h ${String(s).padStart(2,"0")} min`}function ct(o){return`${Math.round(o*100)} %`}function Ct(o,e){return o<=0||e<=0?0:Math.round((.15+.85*Math.sqrt(o/e))*100)/100}function Ht(o){return Math.max(0,...o.map(e=>Math.max(0,...e)))}var dt=["today","yesterday","this_week","last_week","this_month","last_month","this_year","last_year","all_time","custom"];function It(o){let e={period:o.period};return o.period==="custom"&&(o.start&&(e.start=`${o.start}T00:00:00`),o.end&&(e.end=`${lt(new Date(L(o.end).getTime()+864e5))}T00:00:00`)),o.whose==="everyone"?e.everyone=!0:o.whose!=="me"&&(e.config_entry_id=o.whose),e}function j(o){let[e,t=""]=o.replace(/^#\/?/,"").split("?"),s={};for(let[i,r]of new URLSearchParams(t))s[i]=r;return{page:e||"overview",params:s}}function W(o,e={}){let t=new URLSearchParams;for(let[i,r]of Object.entries(e))r!==void 0&&r!==""&&t.set(i,r);let s=t.toString();return`#/${o}${s?`?${s}`:""}`}var Ot={title:"Listening",nav:{overview:"Overview",timeline:"Timeline",import:"Import",data:"Data"},period:{label:"Period",today:"Today",this_week:"This week",last_week:"Last week",this_month:"This month",last_month:"Last month",this_year:"This year",last_year:"Last year",all_time:"All time",custom:"Custom range",from:"From",to:"To"},whose:{label:"Whose",me:"Me",everyone:"The whole household",account:"{title}",account_of:"{title} ({persons})"},tile:{plays:"Plays",time:"Listening time",artists:"Artists",tracks:"Songs",new_artists:"New artists",streak:"Streak",streak_days:"{days} days",skip_rate:"Skip rate"},chart:{time_per:"Listening time per {grouping}",day:"day",week:"week",month:"month",heatmap:"When you listen",heatmap_cell:"{day} {hour}:00, {minutes} min",coverage:"What the history holds",gap:"Gap: {start} \u2013 {end}",no_data:"Nothing played in this period."},weekday:{"0":"Mon","1":"Tue","2":"Wed","3":"Thu","4":"Fri","5":"Sat","6":"Sun"},top:{artist:"Top artists",track:"Top tracks",album:"Top albums",show:"Top podcasts",plays:"{plays} plays",share:"{share} of plays"},item:{back:"Back to the overview",plays:"Plays in this period",time:"Time in this period",first:"First play",last:"Last play",recent:"Latest plays",devices:"Devices",hours:"Hours of the day",play_on:"Play on",play:"Play",no_match:"Nothing in the history matches \u201C{name}\u201D."},timeline:{more:"Load more",end:"That is everything in this period.",device:"Device",source:"Source",skipped:"skipped"},source:{export_extended:"Spotify export",export_account:"Spotify export (account data)",spotify_recent:"Spotify recently played",spotify_player:"Spotify player",sonos:"Sonos",media_player:"Media player"},import:{intro:"Drop the ZIP of your Spotify data export here, or choose it.",choose:"Choose a file",account:"Account",start:"Import",uploading:"Uploading {file}\u2026",running:"Importing {file}: {percent} %, {rows} rows",completed:"Imported {imported} plays ({duplicates} already known, {replaced} replaced).",failed:"The import failed: {error}",jobs:"Jobs",job_kind:"Kind",job_status:"Status",job_started:"Started",job_counts:"Counts",days_with_data:"{days} days with plays, from {first} to {last}",no_gaps:"No gaps of a week or more.",admin_only:"Only administrators can import."},data:{export:"Export",export_path:"File (in an allowed folder, e.g. /media/encore.csv)",export_format:"Format",export_done:"Exported {rows} rows to {path}.",purge:"Delete plays",purge_before:"Delete plays before",purge_account:"Only of this account",purge_all:"Every account",purge_confirm:"Delete these plays for good? This cannot be undone.",purge_done:"Deleted {deleted} plays.",retention:"Retention",retention_text:"How long plays are kept is set in Encore's history settings.",retention_open:"Open the settings",run:"Run"},error:{generic:"Encore could not answer: {message}",closed:"The listening history is not open."},card:{heatmap_name:"Encore heatmap",heatmap_description:"When the household listens: weekday by hour.",top_name:"Encore top list",top_description:"The most played artists, tracks, albums or podcasts.",stats_name:"Encore listening stats",stats_description:"Plays, listening time, artists, streak and skip rate.",title:"Title",kind:"What to rank",limit:"How many",period:"Period",whose:"Whose history"}};var ut={title:"Listening",nav:{overview:"Overview",timeline:"Timeline",import:"Import",data:"Data"},period:{label:"Period",today:"Today",yesterday:"Yesterday",this_week:"This week",last_week:"Last week",this_month:"This month",last_month:"Last month",this_year:"This year",last_year:"Last year",all_time:"All time",custom:"Custom range",from:"From",to:"To"},whose:{label:"Whose",me:"Me",everyone:"The whole household",account:"{title}",account_of:"{title} ({persons})"},tile:{plays:"Plays",time:"Listening time",artists:"Artists",tracks:"Songs",new_artists:"New artists",streak:"Streak",streak_days:"{days} days",skip_rate:"Skip rate"},chart:{time_per:"Listening time per {grouping}",day:"day",week:"week",month:"month",heatmap:"When you listen",heatmap_cell:"{day} {hour}:00, {minutes} min",coverage:"What the history holds",gap:"Gap: {start} \u2013 {end}",no_data:"Nothing played in this period."},weekday:{"0":"Mon","1":"Tue","2":"Wed","3":"Thu","4":"Fri","5":"Sat","6":"Sun"},top:{artist:"Top artists",track:"Top tracks",album:"Top albums",show:"Top podcasts",plays:"{plays} plays",share:"{share} of plays"},item:{back:"Back to the overview",plays:"Plays in this period",time:"Time in this period",first:"First play",last:"Last play",recent:"Latest plays",devices:"Devices",hours:"Hours of the day",play_on:"Play on",play:"Play",no_match:"Nothing in the history matches \u201C{name}\u201D."},timeline:{more:"Load more",end:"That is everything in this period.",device:"Device",source:"Source",skipped:"skipped"},source:{export_extended:"Spotify export",export_account:"Spotify export (account data)",spotify_recent:"Spotify recently played",spotify_player:"Spotify player",sonos:"Sonos",media_player:"Media player"},import:{intro:"Drop the ZIP of your Spotify data export here, or choose it.",choose:"Choose a file",account:"Account",start:"Import",uploading:"Uploading {file}\u2026",running:"Importing {file}: {percent} %, {rows} rows",completed:"Imported {imported} plays ({duplicates} already known, {replaced} replaced).",failed:"The import failed: {error}",jobs:"Jobs",job_kind:"Kind",job_status:"Status",job_started:"Started",job_counts:"Counts",days_with_data:"{days} days with plays, from {first} to {last}",no_gaps:"No gaps of a week or more.",admin_only:"Only administrators can import."},data:{export:"Export",export_path:"File (in an allowed folder, e.g. /media/encore.csv)",export_format:"Format",export_done:"Exported {rows} rows to {path}.",purge:"Delete plays",purge_before:"Delete plays before",purge_account:"Only of this account",purge_all:"Every account",purge_confirm:"Delete these plays for good? This cannot be undone.",purge_done:"Deleted {deleted} plays.",retention:"Retention",retention_text:"How long plays are kept is set in Encore's history settings.",retention_open:"Open the settings",run:"Run"},error:{generic:"Encore could not answer: {message}",closed:"The listening history is not open."},card:{heatmap_name:"Encore heatmap",heatmap_description:"When the household listens: weekday by hour.",top_name:"Encore top list",top_description:"The most played artists, tracks, albums or podcasts.",stats_name:"Encore listening stats",stats_description:"Plays, listening time, artists, streak and skip rate.",title:"Title",kind:"What to rank",limit:"How many",period:"Period",whose:"Whose history"}};var Nt={title:"Listening",nav:{overview:"Overview",timeline:"Timeline",import:"Import",data:"Data"},period:{label:"Period",today:"Today",this_week:"This week",last_week:"Last week",this_month:"This month",last_month:"Last month",this_year:"This year",last_year:"Last year",all_time:"All time",custom:"Custom range",from:"From",to:"To"},whose:{label:"Whose",me:"Me",everyone:"The whole household",account:"{title}",account_of:"{title} ({persons})"},tile:{plays:"Plays",time:"Listening time",artists:"Artists",tracks:"Songs",new_artists:"New artists",streak:"Streak",streak_days:"{days} days",skip_rate:"Skip rate"},chart:{time_per:"Listening time per {grouping}",day:"day",week:"week",month:"month",heatmap:"When you listen",heatmap_cell:"{day} {hour}:00, {minutes} min",coverage:"What the history holds",gap:"Gap: {start} \u2013 {end}",no_data:"Nothing played in this period."},weekday:{"0":"Mon","1":"Tue","2":"Wed","3":"Thu","4":"Fri","5":"Sat","6":"Sun"},top:{artist:"Top artists",track:"Top tracks",album:"Top albums",show:"Top podcasts",plays:"{plays} plays",share:"{share} of plays"},item:{back:"Back to the overview",plays:"Plays in this period",time:"Time in this period",first:"First play",last:"Last play",recent:"Latest plays",devices:"Devices",hours:"Hours of the day",play_on:"Play on",play:"Play",no_match:"Nothing in the history matches \u201C{name}\u201D."},timeline:{more:"Load more",end:"That is everything in this period.",device:"Device",source:"Source",skipped:"skipped"},source:{export_extended:"Spotify export",export_account:"Spotify export (account data)",spotify_recent:"Spotify recently played",spotify_player:"Spotify player",sonos:"Sonos",media_player:"Media player"},import:{intro:"Drop the ZIP of your Spotify data export here, or choose it.",choose:"Choose a file",account:"Account",start:"Import",uploading:"Uploading {file}\u2026",running:"Importing {file}: {percent} %, {rows} rows",completed:"Imported {imported} plays ({duplicates} already known, {replaced} replaced).",failed:"The import failed: {error}",jobs:"Jobs",job_kind:"Kind",job_status:"Status",job_started:"Started",job_counts:"Counts",days_with_data:"{days} days with plays, from {first} to {last}",no_gaps:"No gaps of a week or more.",admin_only:"Only administrators can import."},data:{export:"Export",export_path:"File (in an allowed folder, e.g. /media/encore.csv)",export_format:"Format",export_done:"Exported {rows} rows to {path}.",purge:"Delete plays",purge_before:"Delete plays before",purge_account:"Only of this account",purge_all:"Every account",purge_confirm:"Delete these plays for good? This cannot be undone.",purge_done:"Deleted {deleted} plays.",retention:"Retention",retention_text:"How long plays are kept is set in Encore's history settings.",retention_open:"Open the settings",run:"Run"},error:{generic:"Encore could not answer: {message}",closed:"The listening history is not open."},card:{heatmap_name:"Encore heatmap",heatmap_description:"When the household listens: weekday by hour.",top_name:"Encore top list",top_description:"The most played artists, tracks, albums or podcasts.",stats_name:"Encore listening stats",stats_description:"Plays, listening time, artists, streak and skip rate.",title:"Title",kind:"What to rank",limit:"How many",period:"Period",whose:"Whose history"}};var Ut={title:"Listening",nav:{overview:"Overview",timeline:"Timeline",import:"Import",data:"Data"},period:{label:"Period",today:"Today",this_week:"This week",last_week:"Last week",this_month:"This month",last_month:"Last month",this_year:"This year",last_year:"Last year",all_time:"All time",custom:"Custom range",from:"From",to:"To"},whose:{label:"Whose",me:"Me",everyone:"The whole household",account:"{title}",account_of:"{title} ({persons})"},tile:{plays:"Plays",time:"Listening time",artists:"Artists",tracks:"Songs",new_artists:"New artists",streak:"Streak",streak_days:"{days} days",skip_rate:"Skip rate"},chart:{time_per:"Listening time per {grouping}",day:"day",week:"week",month:"month",heatmap:"When you listen",heatmap_cell:"{day} {hour}:00, {minutes} min",coverage:"What the history holds",gap:"Gap: {start} \u2013 {end}",no_data:"Nothing played in this period."},weekday:{"0":"Mon","1":"Tue","2":"Wed","3":"Thu","4":"Fri","5":"Sat","6":"Sun"},top:{artist:"Top artists",track:"Top tracks",album:"Top albums",show:"Top podcasts",plays:"{plays} plays",share:"{share} of plays"},item:{back:"Back to the overview",plays:"Plays in this period",time:"Time in this period",first:"First play",last:"Last play",recent:"Latest plays",devices:"Devices",hours:"Hours of the day",play_on:"Play on",play:"Play",no_match:"Nothing in the history matches \u201C{name}\u201D."},timeline:{more:"Load more",end:"That is everything in this period.",device:"Device",source:"Source",skipped:"skipped"},source:{export_extended:"Spotify export",export_account:"Spotify export (account data)",spotify_recent:"Spotify recently played",spotify_player:"Spotify player",sonos:"Sonos",media_player:"Media player"},import:{intro:"Drop the ZIP of your Spotify data export here, or choose it.",choose:"Choose a file",account:"Account",start:"Import",uploading:"Uploading {file}\u2026",running:"Importing {file}: {percent} %, {rows} rows",completed:"Imported {imported} plays ({duplicates} already known, {replaced} replaced).",failed:"The import failed: {error}",jobs:"Jobs",job_kind:"Kind",job_status:"Status",job_started:"Started",job_counts:"Counts",days_with_data:"{days} days with plays, from {first} to {last}",no_gaps:"No gaps of a week or more.",admin_only:"Only administrators can import."},data:{export:"Export",export_path:"File (in an allowed folder, e.g. /media/encore.csv)",export_format:"Format",export_done:"Exported {rows} rows to {path}.",purge:"Delete plays",purge_before:"Delete plays before",purge_account:"Only of this account",purge_all:"Every account",purge_confirm:"Delete these plays for good? This cannot be undone.",purge_done:"Deleted {deleted} plays.",retention:"Retention",retention_text:"How long plays are kept is set in Encore's history settings.",retention_open:"Open the settings",run:"Run"},error:{generic:"Encore could not answer: {message}",closed:"The listening history is not open."},card:{heatmap_name:"Encore heatmap",heatmap_description:"When the household listens: weekday by hour.",top_name:"Encore top list",top_description:"The most played artists, tracks, albums or podcasts.",stats_name:"Encore listening stats",stats_description:"Plays, listening time, artists, streak and skip rate.",title:"Title",kind:"What to rank",limit:"How many",period:"Period",whose:"Whose history"}};var jt={title:"Listening",nav:{overview:"Overview",timeline:"Timeline",import:"Import",data:"Data"},period:{label:"Period",today:"Today",this_week:"This week",last_week:"Last week",this_month:"This month",last_month:"Last month",this_year:"This year",last_year:"Last year",all_time:"All time",custom:"Custom range",from:"From",to:"To"},whose:{label:"Whose",me:"Me",everyone:"The whole household",account:"{title}",account_of:"{title} ({persons})"},tile:{plays:"Plays",time:"Listening time",artists:"Artists",tracks:"Songs",new_artists:"New artists",streak:"Streak",streak_days:"{days} days",skip_rate:"Skip rate"},chart:{time_per:"Listening time per {grouping}",day:"day",week:"week",month:"month",heatmap:"When you listen",heatmap_cell:"{day} {hour}:00, {minutes} min",coverage:"What the history holds",gap:"Gap: {start} \u2013 {end}",no_data:"Nothing played in this period."},weekday:{"0":"Mon","1":"Tue","2":"Wed","3":"Thu","4":"Fri","5":"Sat","6":"Sun"},top:{artist:"Top artists",track:"Top tracks",album:"Top albums",show:"Top podcasts",plays:"{plays} plays",share:"{share} of plays"},item:{back:"Back to the overview",plays:"Plays in this period",time:"Time in this period",first:"First play",last:"Last play",recent:"Latest plays",devices:"Devices",hours:"Hours of the day",play_on:"Play on",play:"Play",no_match:"Nothing in the history matches \u201C{name}\u201D."},timeline:{more:"Load more",end:"That is everything in this period.",device:"Device",source:"Source",skipped:"skipped"},source:{export_extended:"Spotify export",export_account:"Spotify export (account data)",spotify_recent:"Spotify recently played",spotify_player:"Spotify player",sonos:"Sonos",media_player:"Media player"},import:{intro:"Drop the ZIP of your Spotify data export here, or choose it.",choose:"Choose a file",account:"Account",start:"Import",uploading:"Uploading {file}\u2026",running:"Importing {file}: {percent} %, {rows} rows",completed:"Imported {imported} plays ({duplicates} already known, {replaced} replaced).",failed:"The import failed: {error}",jobs:"Jobs",job_kind:"Kind",job_status:"Status",job_started:"Started",job_counts:"Counts",days_with_data:"{days} days with plays, from {first} to {last}",no_gaps:"No gaps of a week or more.",admin_only:"Only administrators can import."},data:{export:"Export",export_path:"File (in an allowed folder, e.g. /media/encore.csv)",export_format:"Format",export_done:"Exported {rows} rows to {path}.",purge:"Delete plays",purge_before:"Delete plays before",purge_account:"Only of this account",purge_all:"Every account",purge_confirm:"Delete these plays for good? This cannot be undone.",purge_done:"Deleted {deleted} plays.",retention:"Retention",retention_text:"How long plays are kept is set in Encore's history settings.",retention_open:"Open the settings",run:"Run"},error:{generic:"Encore could not answer: {message}",closed:"The listening history is not open."},card:{heatmap_name:"Encore heatmap",heatmap_description:"When the household listens: weekday by hour.",top_name:"Encore top list",top_description:"The most played artists, tracks, albums or podcasts.",stats_name:"Encore listening stats",stats_description:"Plays, listening time, artists, streak and skip rate.",title:"Title",kind:"What to rank",limit:"How many",period:"Period",whose:"Whose history"}};var Ft={en:ut,de:Ot,nl:jt,fr:Ut,es:Nt};function Wt(o,e){let t=o;for(let s of e.split(".")){if(t===void 0||typeof t=="string")return;t=t[s]}return typeof t=="string"?t:void 0}function mt(o){let e=(o??"en").toLowerCase().split("-")[0];return e in Ft?e:"en"}function v(o,e,t={}){return(Wt(Ft[mt(o)],e)??Wt(ut,e)??e).replace(/\{(\w+)\}/g,(i,r)=>r in t?String(t[r]):i)}function J(o,e){let i=Math.max(1,...o.map(n=>n.minutes)),r=600/Math.max(1,o.length),a=r>6?2:0;return p`<svg
    class="bars"
    viewBox="0 0 ${600} ${160}"
    preserveAspectRatio="none"
    role="img"
    aria-label=${o.map(e).join(", ")}
  >
    ${o.map((n,l)=>{let d=n.minutes/i*156;return D`<rect
        x=${l*r+a/2}
        y=${160-d}
        width=${Math.max(1,r-a)}
        height=${d}
        rx="2"
      ><title>${e(n)}</title></rect>`})}
  </svg>`}function zt(o,e){let t=Ht(o),s=14,i=34,r=14;return p`<svg
    class="heatmap"
    viewBox="0 0 ${i+24*s} ${r+7*s}"
    role="img"
    aria-label=${v(e,"chart.heatmap")}
  >
    ${[0,6,12,18].map(a=>D`<text class="axis" x=${i+a*s} y="10">${a}</text>`)}
    ${o.map((a,n)=>D`
        <text class="axis" x="0" y=${r+n*s+11}>${v(e,`weekday.${n}`)}</text>
        ${a.map((l,d)=>D`<rect
            class=${l>0?"on":"off"}
            x=${i+d*s}
            y=${r+n*s}
            width=${s-2}
            height=${s-2}
            rx="2"
            fill-opacity=${l>0?Ct(l,t):1}
          ><title>${v(e,"chart.heatmap_cell",{day:v(e,`weekday.${n}`),hour:d,minutes:l})}</title></rect>`)}`)}
  </svg>`}function Bt(o,e,t,s){if(!o||!e)return c;let i=Date.parse(o),r=Math.max(1,Date.parse(e)-i),a=n=>(Date.parse(`${n}T12:00:00Z`)-i)/r*100;return p`<svg class="coverage" viewBox="0 0 100 10" preserveAspectRatio="none" role="img"
    aria-label=${v(s,"chart.coverage")}>
    <rect class="held" x="0" y="2" width="100" height="6"></rect>
    ${t.map(([n,l])=>D`<rect class="gap" x=${Math.max(0,a(n))} y="0"
        width=${Math.max(.5,a(l)-a(n))} height="10">
        <title>${v(s,"chart.gap",{start:n,end:l})}</title></rect>`)}
  </svg>`}var qt=M`
  :host {
    color: var(--primary-text-color);
    font-family: var(--ha-font-family-body, var(--paper-font-body1_-_font-family, Roboto, sans-serif));
  }
  .card {
    background: var(--ha-card-background, var(--card-background-color, #fff));
    border-radius: var(--ha-card-border-radius, 12px);
    border: var(--ha-card-border-width, 1px) solid var(--ha-card-border-color, var(--divider-color, #e0e0e0));
    box-shadow: var(--ha-card-box-shadow, none);
    padding: 16px;
    box-sizing: border-box;
    min-width: 0;
  }
  h2 {
    font-size: 1.1rem;
    font-weight: 500;
    margin: 0 0 12px;
  }
  .muted {
    color: var(--secondary-text-color);
  }
  .tiles {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(140px, 1fr));
    gap: 12px;
  }
  .tile .value {
    font-size: 1.6rem;
    font-weight: 500;
    line-height: 1.2;
  }
  .tile .label {
    color: var(--secondary-text-color);
    font-size: 0.85rem;
  }
  svg.bars rect {
    fill: var(--primary-color);
  }
  svg.heatmap {
    width: 100%;
    max-width: 520px;
  }
  svg.heatmap rect.on {
    fill: var(--primary-color);
  }
  svg.heatmap rect.off {
    fill: var(--secondary-background-color, #eee);
  }
  svg.heatmap text.axis {
    fill: var(--secondary-text-color);
    font-size: 9px;
  }
  svg.bars {
    width: 100%;
    height: 160px;
    display: block;
  }
  svg.coverage {
    width: 100%;
    height: 14px;
  }
  svg.coverage .held {
    fill: var(--success-color, #43a047);
  }
  svg.coverage .gap {
    fill: var(--error-color, #db4437);
  }
  ol.top {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  ol.top li {
    display: grid;
    grid-template-columns: 2ch 1fr auto;
    gap: 8px;
    align-items: baseline;
    padding: 6px 0;
    border-bottom: 1px solid var(--divider-color, #e0e0e0);
  }
  ol.top li:last-child {
    border-bottom: none;
  }
  ol.top .rank {
    color: var(--secondary-text-color);
  }
  ol.top .name {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  ol.top .by {
    color: var(--secondary-text-color);
    font-size: 0.85rem;
  }
  ol.top .figures {
    text-align: end;
    font-size: 0.85rem;
    color: var(--secondary-text-color);
    white-space: nowrap;
  }
  .share {
    height: 3px;
    background: var(--primary-color);
    border-radius: 2px;
    margin-top: 4px;
  }
  a,
  button.link {
    color: var(--primary-color);
    text-decoration: none;
    background: none;
    border: none;
    padding: 0;
    font: inherit;
    cursor: pointer;
    text-align: start;
  }
  a:focus-visible,
  button:focus-visible,
  select:focus-visible,
  input:focus-visible {
    outline: 2px solid var(--primary-color);
    outline-offset: 2px;
  }
  button.action {
    background: var(--primary-color);
    color: var(--text-primary-color, #fff);
    border: none;
    border-radius: 18px;
    padding: 8px 16px;
    font: inherit;
    cursor: pointer;
  }
  button.action[disabled] {
    opacity: 0.5;
    cursor: default;
  }
  select,
  input {
    background: var(--input-fill-color, var(--secondary-background-color, #f5f5f5));
    color: var(--primary-text-color);
    border: 1px solid var(--divider-color, #ccc);
    border-radius: 6px;
    padding: 6px 8px;
    font: inherit;
    min-height: 36px;
    box-sizing: border-box;
  }
  label {
    display: flex;
    flex-direction: column;
    gap: 4px;
    font-size: 0.85rem;
    color: var(--secondary-text-color);
  }
  .error {
    color: var(--error-color, #db4437);
  }
`;var Gt=["artist","track","album","show"],Kt=50,me=["overview","timeline","import","data"],Jt=new Set(["import","data"]),F=class extends w{constructor(){super(...arguments);this.narrow=!1;this._route=j(window.location.hash);this._question={period:"this_month",whose:"me"};this._overview={top:{}};this._timeline=[];this._timelineDone=!1;this._loaded="";this._onHash=()=>{this._route=j(window.location.hash)};this._onClick=t=>{if(t.defaultPrevented||t.button!==0||t.metaKey||t.ctrlKey||t.shiftKey)return;let i=t.composedPath().find(r=>r instanceof HTMLAnchorElement)?.getAttribute("href");i?.startsWith("#")&&(t.preventDefault(),t.stopPropagation(),history.pushState(null,"",i),this._route=j(i),window.scrollTo(0,0))};this._periodStart=null}get _lang(){return mt(this.hass?.locale?.language??this.hass?.language)}_t(t,s){return v(this._lang,t,s)}connectedCallback(){super.connectedCallback(),window.addEventListener("hashchange",this._onHash),window.addEventListener("popstate",this._onHash),this.addEventListener("click",this._onClick);let{params:t}=this._route;t.period&&dt.includes(t.period)?this._question={period:t.period,whose:t.whose??"me",start:t.start,end:t.end}:t.whose&&(this._question={...this._question,whose:t.whose})}disconnectedCallback(){super.disconnectedCallback(),window.removeEventListener("hashchange",this._onHash),window.removeEventListener("popstate",this._onHash),this.removeEventListener("click",this._onClick),this._stopSubscriptions(),this._observer?.disconnect(),this._loaded=""}_stopSubscriptions(){for(let t of[this._unsubscribe,this._unsubscribeImports])t?.then(s=>s()).catch(()=>{});this._unsubscribe=void 0,this._unsubscribeImports=void 0}willUpdate(t){if(!this.hass)return;!this._info&&t.has("hass")&&y(this.hass,"info").then(i=>{this._info=i}).catch(i=>{this._error=K(i)});let s=JSON.stringify([this._route,this._question]);s!==this._loaded&&(this._loaded=s,this._load())}_fields(){return It(this._question)}_load(){this._error=void 0,this._message=void 0,this._stopSubscriptions();let t=this._route.page;t==="overview"?this._loadOverview():t==="item"?this._loadItem():t==="timeline"?(this._timeline=[],this._timelineDone=!1,this._loadTimeline()):t==="import"&&(this._loadSync(),this._unsubscribeImports=this.hass.connection.subscribeMessage(s=>this._onImport(s),{type:"encore/subscribe_imports"}),this._unsubscribeImports.catch(()=>{}))}_fail(t){this._error=this._t("error.generic",{message:K(t)})}_loadOverview(){let t=this._fields();this._overview={top:{}};let s=()=>{y(this.hass,"minutes_by_day",t).then(r=>{this._overview={...this._overview,days:r}}).catch(r=>this._fail(r));for(let r of Gt)y(this.hass,"top_items",{...t,kind:r,limit:10}).then(a=>{this._overview={...this._overview,top:{...this._overview.top,[r]:a}}}).catch(a=>this._fail(a))},i=!0;this._unsubscribe=this.hass.connection.subscribeMessage(r=>{this._overview={...this._overview,stats:r},i||s(),i=!1},{type:"encore/subscribe_stats",...t}),this._unsubscribe.catch(r=>this._fail(r)),s()}_itemFields(){let{kind:t,name:s}=this._route.params;return{...this._fields(),[t==="track"?"track":"artist"]:s}}_loadItem(){this._item=void 0,y(this.hass,"item",this._itemFields()).then(t=>{this._item=t}).catch(t=>this._fail(t))}_loadTimeline(){let t=this._fields(),s=this._timeline[this._timeline.length-1],i=t;if(s){i={...t,period:"custom",end:s.ended_at};let r=this._periodStart;i.start=r??"1970-01-02T00:00:00+00:00"}y(this.hass,"play_history",{...i,limit:Kt}).then(r=>{s||(this._periodStart=r.period.start),this._timeline=[...this._timeline,...r.plays],this._timelineDone=r.plays.length<Kt}).catch(r=>this._fail(r))}_loadSync(){y(this.hass,"sync_status").then(t=>{this._sync=t}).catch(t=>this._fail(t))}_onImport(t){this._import=t,t.status!=="running"&&this._loadSync()}updated(){let t=this.renderRoot.querySelector("#more");this._observer?.disconnect(),t&&!this._timelineDone&&"IntersectionObserver"in window&&(this._observer=new IntersectionObserver(s=>{s.some(i=>i.isIntersecting)&&(this._observer?.disconnect(),this._loadTimeline())}),this._observer.observe(t))}render(){let t=this._info?.is_admin??this.hass?.user?.is_admin??!1,s=this._route.page,i=!Jt.has(s)||t;return p`
      <header>
        <div class="toolbar">
          ${this.narrow?p`<ha-menu-button .hass=${this.hass} .narrow=${this.narrow}></ha-menu-button>`:c}
          <h1>${this._t("title")}</h1>
        </div>
        <nav class="tabs" aria-label=${this._t("title")}>
          ${me.filter(r=>t||!Jt.has(r)).map(r=>p`<a
              href=${W(r,this._routeParams())}
              aria-current=${s===r||s==="item"&&r==="overview"?"page":"false"}
              >${this._t(`nav.${r}`)}</a
            >`)}
        </nav>
      </header>
      <main>
        ${s==="overview"||s==="item"||s==="timeline"?this._pickers():c}
        ${this._error?p`<p class="error" role="alert">${this._error}</p>`:c}
        ${this._message?p`<p role="status">${this._message}</p>`:c}
        ${i?s==="item"?this._itemPage():s==="timeline"?this._timelinePage():s==="import"?this._importPage():s==="data"?this._dataPage():this._overviewPage():p`<p>${this._t("import.admin_only")}</p>`}
      </main>
    `}_routeParams(){let{period:t,whose:s,start:i,end:r}=this._question;return{period:t,whose:s==="me"?void 0:s,start:i,end:r}}_setQuestion(t){this._question=t;let s=W(this._route.page,{...this._route.params,...this._routeParams()});history.replaceState(null,"",s),this._route=j(s)}_pickers(){let t=this._question;return p`<div class="pickers">
      <label
        >${this._t("period.label")}
        <select
          id="period"
          @change=${s=>this._setQuestion({...t,period:s.target.value})}
        >
          ${dt.map(s=>p`<option value=${s} ?selected=${t.period===s}>${this._t(`period.${s}`)}</option>`)}
        </select>
      </label>
      ${t.period==="custom"?p`<label
              >${this._t("period.from")}
              <input
                type="date"
                .value=${t.start??""}
                @change=${s=>this._setQuestion({...t,start:s.target.value})}
            /></label>
            <label
              >${this._t("period.to")}
              <input
                type="date"
                .value=${t.end??""}
                @change=${s=>this._setQuestion({...t,end:s.target.value})}
            /></label>`:c}
      <label
        >${this._t("whose.label")}
        <select
          id="whose"
          @change=${s=>this._setQuestion({...t,whose:s.target.value})}
        >
          <option value="me" ?selected=${t.whose==="me"}>${this._t("whose.me")}</option>
          ${(this._info?.accounts??[]).map(s=>p`<option value=${s.config_entry_id} ?selected=${t.whose===s.config_entry_id}>
              ${s.persons.length?this._t("whose.account_of",{title:s.title,persons:s.persons.join(", ")}):this._t("whose.account",{title:s.title})}
            </option>`)}
          <option value="everyone" ?selected=${t.whose==="everyone"}>${this._t("whose.everyone")}</option>
        </select>
      </label>
    </div>`}_tile(t,s,i){return p`<div class="card tile" data-tile=${t}>
      <div class="value">${i??"\u2026"}</div>
      <div class="label">${s}</div>
    </div>`}_overviewPage(){let{stats:t,days:s,top:i}=this._overview,r=t?.totals,a=ht(s?.days??[]),n=Mt(a),l=pt(a,n);return p`
      <section class="tiles" aria-label=${this._t("nav.overview")}>
        ${this._tile("plays",this._t("tile.plays"),r?.plays.toLocaleString(this._lang))}
        ${this._tile("time",this._t("tile.time"),r?x(r.ms_streamed/6e4):void 0)}
        ${this._tile("artists",this._t("tile.artists"),r?.artists.toLocaleString(this._lang))}
        ${this._tile("tracks",this._t("tile.tracks"),r?.tracks.toLocaleString(this._lang))}
        ${this._tile("new_artists",this._t("tile.new_artists"),t?.taste.new_artists_count.toLocaleString(this._lang))}
        ${this._tile("streak",this._t("tile.streak"),t?this._t("tile.streak_days",{days:t.taste.streaks.current_days}):void 0)}
        ${this._tile("skip_rate",this._t("tile.skip_rate"),t?ct(t.skip_rate):void 0)}
      </section>
      <section class="two">
        <div class="card">
          <h2>${this._t("chart.time_per",{grouping:this._t(`chart.${n}`)})}</h2>
          ${s&&l.length===0?p`<p class="muted">${this._t("chart.no_data")}</p>`:c}
          ${l.length?J(l,d=>`${d.start}: ${x(d.minutes)}`):c}
        </div>
        <div class="card">
          <h2>${this._t("chart.heatmap")}</h2>
          ${t?zt(t.heatmap,this._lang):c}
        </div>
      </section>
      <section class="tops">
        ${Gt.map(d=>this._topList(d,i[d],r?.plays??0))}
      </section>
    `}_topList(t,s,i){return p`<div class="card" data-top=${t}>
      <h2>${this._t(`top.${t}`)}</h2>
      ${s&&s.items.length===0?p`<p class="muted">${this._t("chart.no_data")}</p>`:c}
      <ol class="top">
        ${(s?.items??[]).map(r=>this._topEntry(t,r,i))}
      </ol>
    </div>`}_topEntry(t,s,i){let r=i?s.plays/i:0,a=t==="album"?{kind:"artist",name:s.artist??s.name}:{kind:t,name:s.name};return p`<li>
      <span class="rank">${s.rank}</span>
      <span class="name"
        ><a href=${W("item",{...a,uri:t==="album"?void 0:s.uri??void 0,...this._routeParams()})}
          >${s.name}</a
        >${s.artist?p` <span class="by">${s.artist}</span>`:c}
        <div class="share" style="width: ${Math.round(r*100)}%"></div
      ></span>
      <span class="figures"
        >${this._t("top.plays",{plays:s.plays.toLocaleString(this._lang)})}<br />${x(s.minutes)}
        · ${ct(r)}</span
      >
    </li>`}_itemPage(){let t=this._item,{name:s,uri:i}=this._route.params;if(!t)return p`<p class="muted">…</p>`;if(!t.match)return p`<p>${this._t("item.no_match",{name:s??""})}</p>`;let r=new Map,a=new Map,n=new Map,l=Array(24).fill(0);for(let h of t.plays){let _=new Date(h.ended_at),$=h.ended_at.slice(0,10);r.set($,(r.get($)??0)+h.minutes),a.set(h.device??"?",(a.get(h.device??"?")??0)+1),h.title&&n.set(h.title,(n.get(h.title)??0)+1),l[_.getHours()]+=h.minutes}let d=ht([...r.entries()].sort()),m=Object.values(this.hass.states).filter(h=>h.entity_id.startsWith("media_player.")),u=i??t.plays.find(h=>h.uri)?.uri??void 0,g=h=>[...h.entries()].sort((_,$)=>$[1]-_[1]).slice(0,10);return p`
      <p><a href=${W("overview",this._routeParams())}>← ${this._t("item.back")}</a></p>
      <h2 class="item-title">${t.match.name}${t.match.artist?p` <span class="muted">${t.match.artist}</span>`:c}</h2>
      <section class="tiles">
        ${this._tile("item_plays",this._t("item.plays"),t.count.toLocaleString(this._lang))}
        ${this._tile("item_time",this._t("item.time"),x(t.minutes))}
        ${this._tile("first",this._t("item.first"),t.first?new Date(t.first.ended_at).toLocaleDateString(this._lang):"\u2013")}
        ${this._tile("last",this._t("item.last"),t.last?new Date(t.last.ended_at).toLocaleDateString(this._lang):"\u2013")}
      </section>
      ${u&&m.length?p`<form class="card play" @submit=${h=>this._play(h,u)}>
            <label
              >${this._t("item.play_on")}
              <select name="player">
                ${m.map(h=>p`<option value=${h.entity_id}>${String(h.attributes.friendly_name??h.entity_id)}</option>`)}
              </select></label
            >
            <button class="action" type="submit">${this._t("item.play")}</button>
          </form>`:c}
      <section class="two">
        <div class="card">
          <h2>${this._t("chart.time_per",{grouping:this._t("chart.day")})}</h2>
          ${d.length?J(pt(d,"day"),h=>`${h.start}: ${x(h.minutes)}`):c}
        </div>
        <div class="card">
          <h2>${this._t("item.hours")}</h2>
          ${J(l.map((h,_)=>({start:String(_),minutes:h})),h=>`${h.start}:00: ${x(h.minutes)}`)}
        </div>
        <div class="card">
          <h2>${this._t("top.track")}</h2>
          <ol class="top">
            ${g(n).map(([h,_],$)=>p`<li><span class="rank">${$+1}</span><span class="name">${h}</span
                  ><span class="figures">${this._t("top.plays",{plays:_})}</span></li>`)}
          </ol>
        </div>
        <div class="card">
          <h2>${this._t("item.devices")}</h2>
          <ol class="top">
            ${g(a).map(([h,_],$)=>p`<li><span class="rank">${$+1}</span><span class="name">${h}</span
                  ><span class="figures">${this._t("top.plays",{plays:_})}</span></li>`)}
          </ol>
        </div>
      </section>
      <section class="card">
        <h2>${this._t("item.recent")}</h2>
        ${this._playList(t.plays)}
      </section>
    `}async _play(t,s){t.preventDefault();let r=t.target.elements.namedItem("player").value;try{await this.hass.callService("media_player","play_media",{entity_id:r,media_content_id:s,media_content_type:"music"})}catch(a){this._fail(a)}}_playList(t){return p`<ol class="top timeline">
      ${t.map(s=>p`<li>
          <span class="rank"></span>
          <span class="name"
            >${s.title??"?"}${s.artist?p` <span class="by">${s.artist}</span>`:c}
            <div class="by">
              ${s.device??""} · ${this._t(`source.${s.source}`)}${s.skipped?` \xB7 ${this._t("timeline.skipped")}`:""}
            </div></span
          >
          <span class="figures"
            ><time datetime=${s.ended_at}>${new Date(s.ended_at).toLocaleString(this._lang)}</time><br />${x(s.minutes)}</span
          >
        </li>`)}
    </ol>`}_timelinePage(){return p`<section class="card">
      ${this._playList(this._timeline)}
      ${this._timelineDone?p`<p class="muted">${this._t("timeline.end")}</p>`:p`<button id="more" class="action" @click=${()=>this._loadTimeline()}>${this._t("timeline.more")}</button>`}
    </section>`}_importPage(){let t=this._sync,s=t?.coverage,i=(this._info?.accounts??[]).filter(a=>a.kind==="spotify"),r=this._import;return p`
      <section class="card">
        <form
          class="drop"
          @submit=${a=>this._upload(a)}
          @dragover=${a=>a.preventDefault()}
          @drop=${a=>this._drop(a)}
        >
          <p>${this._t("import.intro")}</p>
          <label
            >${this._t("import.choose")}
            <input type="file" name="file" accept=".zip,.json,application/zip,application/json" required
          /></label>
          <label
            >${this._t("import.account")}
            <select name="account">
              ${i.map(a=>p`<option value=${a.config_entry_id} ?selected=${a.mine}>${a.title}</option>`)}
            </select></label
          >
          <button class="action" type="submit" ?disabled=${r?.status==="running"||r?.status==="uploading"}>
            ${this._t("import.start")}
          </button>
        </form>
        ${r?this._importState(r):c}
      </section>
      <section class="card">
        <h2>${this._t("chart.coverage")}</h2>
        ${s?p`<p>
                ${this._t("import.days_with_data",{days:s.days_with_data,first:s.first?.slice(0,10)??"\u2013",last:s.last?.slice(0,10)??"\u2013"})}
              </p>
              ${Bt(s.first,s.last,s.gaps,this._lang)}
              ${s.gaps.length?p`<ul>
                    ${s.gaps.map(([a,n])=>p`<li>${this._t("chart.gap",{start:a,end:n})}</li>`)}
                  </ul>`:p`<p class="muted">${this._t("import.no_gaps")}</p>`}`:c}
      </section>
      <section class="card">
        <h2>${this._t("import.jobs")}</h2>
        <div class="table">
          <table>
            <thead>
              <tr>
                <th>${this._t("import.job_kind")}</th>
                <th>${this._t("import.job_status")}</th>
                <th>${this._t("import.job_started")}</th>
                <th>${this._t("import.job_counts")}</th>
              </tr>
            </thead>
            <tbody>
              ${(t?.recent_jobs??[]).map(a=>p`<tr>
                  <td>${a.kind}</td>
                  <td>${a.status}</td>
                  <td>${a.started_at?new Date(a.started_at).toLocaleString(this._lang):""}</td>
                  <td>
                    ${Object.entries(a.counts).filter(([,n])=>typeof n=="number").map(([n,l])=>`${n}: ${Number(l).toLocaleString(this._lang)}`).join(", ")}
                  </td>
                </tr>`)}
            </tbody>
          </table>
        </div>
      </section>
    `}_importState(t){return t.status==="uploading"?p`<p role="status">${this._t("import.uploading",{file:t.file})}</p>
        <progress></progress>`:t.status==="running"?p`<p role="status">
          ${this._t("import.running",{file:t.file??"",percent:t.percent??0,rows:(t.rows??0).toLocaleString(this._lang)})}
        </p>
        <progress max="100" value=${t.percent??0}></progress>`:t.status==="completed"?p`<p role="status" class="result">
        ${this._t("import.completed",{imported:(t.imported??0).toLocaleString(this._lang),duplicates:(t.duplicates??0).toLocaleString(this._lang),replaced:(t.replaced??0).toLocaleString(this._lang)})}
      </p>`:p`<p role="alert" class="error">${this._t("import.failed",{error:t.error??""})}</p>`}_drop(t){t.preventDefault();let s=t.dataTransfer?.files[0],i=this.renderRoot.querySelector("input[name=file]");s&&i&&t.dataTransfer&&(i.files=t.dataTransfer.files)}async _upload(t){t.preventDefault();let s=t.target,i=s.elements.namedItem("file").files?.[0],r=s.elements.namedItem("account").value;if(!(!i||!r)){this._error=void 0,this._import={status:"uploading",file:i.name};try{let a=new FormData;a.append("file",i);let n=await this.hass.fetchWithAuth("/api/file_upload",{method:"POST",body:a});if(!n.ok)throw new Error(`${n.status} ${n.statusText}`);let{file_id:l}=await n.json();await y(this.hass,"import_upload",{config_entry_id:r,file_id:l}),this._import={account:r,title:"",status:"running",file:i.name,percent:0,rows:0}}catch(a){this._import={account:r,title:"",status:"failed",error:K(a)}}}}_dataPage(){let t=this._info?.accounts??[];return p`
      <section class="card">
        <h2>${this._t("data.export")}</h2>
        <form class="row" @submit=${s=>this._export(s)}>
          <label>${this._t("data.export_path")} <input name="path" required value="/media/encore.csv" /></label>
          <label
            >${this._t("data.export_format")}
            <select name="format">
              <option value="csv">CSV</option>
              <option value="json">JSON</option>
            </select></label
          >
          <button class="action" type="submit">${this._t("data.run")}</button>
        </form>
      </section>
      <section class="card">
        <h2>${this._t("data.purge")}</h2>
        <form class="row" @submit=${s=>this._purge(s)}>
          <label>${this._t("data.purge_before")} <input type="date" name="before" /></label>
          <label
            >${this._t("data.purge_account")}
            <select name="account">
              <option value="">${this._t("data.purge_all")}</option>
              ${t.map(s=>p`<option value=${s.config_entry_id}>${s.title}</option>`)}
            </select></label
          >
          <button class="action" type="submit">${this._t("data.run")}</button>
        </form>
      </section>
      <section class="card">
        <h2>${this._t("data.retention")}</h2>
        <p>${this._t("data.retention_text")}</p>
        <a href="/config/integrations/integration/encore">${this._t("data.retention_open")}</a>
      </section>
    `}async _export(t){t.preventDefault();let s=t.target,i=new FormData(s);try{let r=await y(this.hass,"export_history",{path:String(i.get("path")),format:String(i.get("format"))});this._error=void 0,this._message=this._t("data.export_done",{rows:r.rows.toLocaleString(this._lang),path:r.path})}catch(r){this._fail(r)}}async _purge(t){t.preventDefault();let s=new FormData(t.target),i={},r=String(s.get("before")??""),a=String(s.get("account")??"");if(r&&(i.before=`${r}T00:00:00`),a&&(i.config_entry_id=a),!r&&!a&&(i.all=!0),!!window.confirm(this._t("data.purge_confirm")))try{let n=await y(this.hass,"purge_history",i);this._error=void 0,this._message=this._t("data.purge_done",{deleted:n.deleted.toLocaleString(this._lang)})}catch(n){this._fail(n)}}};F.properties={hass:{attribute:!1},narrow:{type:Boolean},_info:{state:!0},_route:{state:!0},_question:{state:!0},_overview:{state:!0},_item:{state:!0},_timeline:{state:!0},_timelineDone:{state:!0},_sync:{state:!0},_import:{state:!0},_message:{state:!0},_error:{state:!0}},F.styles=[qt,M`
      :host {
        display: block;
        background: var(--primary-background-color);
        min-height: 100vh;
      }
      header {
        background: var(--app-header-background-color, var(--primary-color));
        color: var(--app-header-text-color, var(--text-primary-color, #fff));
        padding: 0 16px;
      }
      .toolbar {
        display: flex;
        align-items: center;
        height: 56px;
        gap: 8px;
      }
      h1 {
        font-size: 1.25rem;
        font-weight: 400;
        margin: 0;
      }
      nav {
        display: flex;
        gap: 4px;
        overflow-x: auto;
      }
      nav a {
        color: inherit;
        padding: 10px 12px;
        border-bottom: 2px solid transparent;
        white-space: nowrap;
      }
      nav a[aria-current="page"] {
        border-bottom-color: currentColor;
        font-weight: 500;
      }
      main {
        padding: 16px;
        display: flex;
        flex-direction: column;
        gap: 16px;
        max-width: 1400px;
        margin: 0 auto;
      }
      .pickers,
      form.row {
        display: flex;
        flex-wrap: wrap;
        gap: 12px;
        align-items: flex-end;
      }
      .two {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 420px), 1fr));
        gap: 16px;
      }
      .tops {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 300px), 1fr));
        gap: 16px;
      }
      form.drop {
        display: flex;
        flex-direction: column;
        gap: 12px;
        border: 2px dashed var(--divider-color, #ccc);
        border-radius: 12px;
        padding: 16px;
      }
      form.play {
        display: flex;
        gap: 12px;
        align-items: flex-end;
        flex-wrap: wrap;
      }
      progress {
        width: 100%;
      }
      .table {
        overflow-x: auto;
      }
      table {
        border-collapse: collapse;
        width: 100%;
        font-size: 0.9rem;
      }
      th,
      td {
        text-align: start;
        padding: 6px 8px;
        border-bottom: 1px solid var(--divider-color, #e0e0e0);
      }
      .item-title {
        font-size: 1.5rem;
      }
    `];customElements.get("encore-panel")||customElements.define("encore-panel",F);export{F as EncorePanel};

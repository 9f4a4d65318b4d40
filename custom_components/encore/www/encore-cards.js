var U=globalThis,I=U.ShadowRoot&&(U.ShadyCSS===void 0||U.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype,J=Symbol(),ht=new WeakMap,T=class{constructor(t,e,s){if(this._$cssResult$=!0,s!==J)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=t,this.t=e}get styleSheet(){let t=this.o,e=this.t;if(I&&t===void 0){let s=e!==void 0&&e.length===1;s&&(t=ht.get(e)),t===void 0&&((this.o=t=new CSSStyleSheet).replaceSync(this.cssText),s&&ht.set(e,t))}return t}toString(){return this.cssText}},dt=r=>new T(typeof r=="string"?r:r+"",void 0,J),E=(r,...t)=>{let e=r.length===1?r[0]:t.reduce((s,o,i)=>s+(n=>{if(n._$cssResult$===!0)return n.cssText;if(typeof n=="number")return n;throw Error("Value passed to 'css' function must be a 'css' function result: "+n+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")})(o)+r[i+1],r[0]);return new T(e,r,J)},ut=(r,t)=>{if(I)r.adoptedStyleSheets=t.map(e=>e instanceof CSSStyleSheet?e:e.styleSheet);else for(let e of t){let s=document.createElement("style"),o=U.litNonce;o!==void 0&&s.setAttribute("nonce",o),s.textContent=e.cssText,r.appendChild(s)}},V=I?r=>r:r=>r instanceof CSSStyleSheet?(t=>{let e="";for(let s of t.cssRules)e+=s.cssText;return dt(e)})(r):r;var{is:Ft,defineProperty:zt,getOwnPropertyDescriptor:Bt,getOwnPropertyNames:Gt,getOwnPropertySymbols:Jt,getPrototypeOf:Vt}=Object,W=globalThis,mt=W.trustedTypes,Kt=mt?mt.emptyScript:"",Zt=W.reactiveElementPolyfillSupport,P=(r,t)=>r,K={toAttribute(r,t){switch(t){case Boolean:r=r?Kt:null;break;case Object:case Array:r=r==null?r:JSON.stringify(r)}return r},fromAttribute(r,t){let e=r;switch(t){case Boolean:e=r!==null;break;case Number:e=r===null?null:Number(r);break;case Object:case Array:try{e=JSON.parse(r)}catch{e=null}}return e}},yt=(r,t)=>!Ft(r,t),gt={attribute:!0,type:String,converter:K,reflect:!1,useDefault:!1,hasChanged:yt};Symbol.metadata??=Symbol("metadata"),W.litPropertyMetadata??=new WeakMap;var y=class extends HTMLElement{static addInitializer(t){this._$Ei(),(this.l??=[]).push(t)}static get observedAttributes(){return this.finalize(),this._$Eh&&[...this._$Eh.keys()]}static createProperty(t,e=gt){if(e.state&&(e.attribute=!1),this._$Ei(),this.prototype.hasOwnProperty(t)&&((e=Object.create(e)).wrapped=!0),this.elementProperties.set(t,e),!e.noAccessor){let s=Symbol(),o=this.getPropertyDescriptor(t,s,e);o!==void 0&&zt(this.prototype,t,o)}}static getPropertyDescriptor(t,e,s){let{get:o,set:i}=Bt(this.prototype,t)??{get(){return this[e]},set(n){this[e]=n}};return{get:o,set(n){let p=o?.call(this);i?.call(this,n),this.requestUpdate(t,p,s)},configurable:!0,enumerable:!0}}static getPropertyOptions(t){return this.elementProperties.get(t)??gt}static _$Ei(){if(this.hasOwnProperty(P("elementProperties")))return;let t=Vt(this);t.finalize(),t.l!==void 0&&(this.l=[...t.l]),this.elementProperties=new Map(t.elementProperties)}static finalize(){if(this.hasOwnProperty(P("finalized")))return;if(this.finalized=!0,this._$Ei(),this.hasOwnProperty(P("properties"))){let e=this.properties,s=[...Gt(e),...Jt(e)];for(let o of s)this.createProperty(o,e[o])}let t=this[Symbol.metadata];if(t!==null){let e=litPropertyMetadata.get(t);if(e!==void 0)for(let[s,o]of e)this.elementProperties.set(s,o)}this._$Eh=new Map;for(let[e,s]of this.elementProperties){let o=this._$Eu(e,s);o!==void 0&&this._$Eh.set(o,e)}this.elementStyles=this.finalizeStyles(this.styles)}static finalizeStyles(t){let e=[];if(Array.isArray(t)){let s=new Set(t.flat(1/0).reverse());for(let o of s)e.unshift(V(o))}else t!==void 0&&e.push(V(t));return e}static _$Eu(t,e){let s=e.attribute;return s===!1?void 0:typeof s=="string"?s:typeof t=="string"?t.toLowerCase():void 0}constructor(){super(),this._$Ep=void 0,this.isUpdatePending=!1,this.hasUpdated=!1,this._$Em=null,this._$Ev()}_$Ev(){this._$ES=new Promise(t=>this.enableUpdating=t),this._$AL=new Map,this._$E_(),this.requestUpdate(),this.constructor.l?.forEach(t=>t(this))}addController(t){(this._$EO??=new Set).add(t),this.renderRoot!==void 0&&this.isConnected&&t.hostConnected?.()}removeController(t){this._$EO?.delete(t)}_$E_(){let t=new Map,e=this.constructor.elementProperties;for(let s of e.keys())this.hasOwnProperty(s)&&(t.set(s,this[s]),delete this[s]);t.size>0&&(this._$Ep=t)}createRenderRoot(){let t=this.shadowRoot??this.attachShadow(this.constructor.shadowRootOptions);return ut(t,this.constructor.elementStyles),t}connectedCallback(){this.renderRoot??=this.createRenderRoot(),this.enableUpdating(!0),this._$EO?.forEach(t=>t.hostConnected?.())}enableUpdating(t){}disconnectedCallback(){this._$EO?.forEach(t=>t.hostDisconnected?.())}attributeChangedCallback(t,e,s){this._$AK(t,s)}_$ET(t,e){let s=this.constructor.elementProperties.get(t),o=this.constructor._$Eu(t,s);if(o!==void 0&&s.reflect===!0){let i=(s.converter?.toAttribute!==void 0?s.converter:K).toAttribute(e,s.type);this._$Em=t,i==null?this.removeAttribute(o):this.setAttribute(o,i),this._$Em=null}}_$AK(t,e){let s=this.constructor,o=s._$Eh.get(t);if(o!==void 0&&this._$Em!==o){let i=s.getPropertyOptions(o),n=typeof i.converter=="function"?{fromAttribute:i.converter}:i.converter?.fromAttribute!==void 0?i.converter:K;this._$Em=o;let p=n.fromAttribute(e,i.type);this[o]=p??this._$Ej?.get(o)??p,this._$Em=null}}requestUpdate(t,e,s,o=!1,i){if(t!==void 0){let n=this.constructor;if(o===!1&&(i=this[t]),s??=n.getPropertyOptions(t),!((s.hasChanged??yt)(i,e)||s.useDefault&&s.reflect&&i===this._$Ej?.get(t)&&!this.hasAttribute(n._$Eu(t,s))))return;this.C(t,e,s)}this.isUpdatePending===!1&&(this._$ES=this._$EP())}C(t,e,{useDefault:s,reflect:o,wrapped:i},n){s&&!(this._$Ej??=new Map).has(t)&&(this._$Ej.set(t,n??e??this[t]),i!==!0||n!==void 0)||(this._$AL.has(t)||(this.hasUpdated||s||(e=void 0),this._$AL.set(t,e)),o===!0&&this._$Em!==t&&(this._$Eq??=new Set).add(t))}async _$EP(){this.isUpdatePending=!0;try{await this._$ES}catch(e){Promise.reject(e)}let t=this.scheduleUpdate();return t!=null&&await t,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){if(!this.isUpdatePending)return;if(!this.hasUpdated){if(this.renderRoot??=this.createRenderRoot(),this._$Ep){for(let[o,i]of this._$Ep)this[o]=i;this._$Ep=void 0}let s=this.constructor.elementProperties;if(s.size>0)for(let[o,i]of s){let{wrapped:n}=i,p=this[o];n!==!0||this._$AL.has(o)||p===void 0||this.C(o,void 0,i,p)}}let t=!1,e=this._$AL;try{t=this.shouldUpdate(e),t?(this.willUpdate(e),this._$EO?.forEach(s=>s.hostUpdate?.()),this.update(e)):this._$EM()}catch(s){throw t=!1,this._$EM(),s}t&&this._$AE(e)}willUpdate(t){}_$AE(t){this._$EO?.forEach(e=>e.hostUpdated?.()),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(t)),this.updated(t)}_$EM(){this._$AL=new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$ES}shouldUpdate(t){return!0}update(t){this._$Eq&&=this._$Eq.forEach(e=>this._$ET(e,this[e])),this._$EM()}updated(t){}firstUpdated(t){}};y.elementStyles=[],y.shadowRootOptions={mode:"open"},y[P("elementProperties")]=new Map,y[P("finalized")]=new Map,Zt?.({ReactiveElement:y}),(W.reactiveElementVersions??=[]).push("2.1.2");var et=globalThis,_t=r=>r,j=et.trustedTypes,ft=j?j.createPolicy("lit-html",{createHTML:r=>r}):void 0,kt="$lit$",b=`lit$${Math.random().toFixed(9).slice(2)}$`,St="?"+b,qt=`<${St}>`,$=document,R=()=>$.createComment(""),D=r=>r===null||typeof r!="object"&&typeof r!="function",st=Array.isArray,Yt=r=>st(r)||typeof r?.[Symbol.iterator]=="function",Z=`[ 	
\f\r]`,C=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,bt=/-->/g,wt=/>/g,w=RegExp(`>|${Z}(?:([^\\s"'>=/]+)(${Z}*=${Z}*(?:[^ 	
\f\r"'\`<>=]|("|')|))|$)`,"g"),vt=/'/g,$t=/"/g,At=/^(?:script|style|textarea|title)$/i,rt=r=>(t,...e)=>({_$litType$:r,strings:t,values:e}),m=rt(1),F=rt(2),me=rt(3),x=Symbol.for("lit-noChange"),l=Symbol.for("lit-nothing"),xt=new WeakMap,v=$.createTreeWalker($,129);function Tt(r,t){if(!st(r)||!r.hasOwnProperty("raw"))throw Error("invalid template strings array");return ft!==void 0?ft.createHTML(t):t}var Qt=(r,t)=>{let e=r.length-1,s=[],o,i=t===2?"<svg>":t===3?"<math>":"",n=C;for(let p=0;p<e;p++){let a=r[p],h,d,c=-1,g=0;for(;g<a.length&&(n.lastIndex=g,d=n.exec(a),d!==null);)g=n.lastIndex,n===C?d[1]==="!--"?n=bt:d[1]!==void 0?n=wt:d[2]!==void 0?(At.test(d[2])&&(o=RegExp("</"+d[2],"g")),n=w):d[3]!==void 0&&(n=w):n===w?d[0]===">"?(n=o??C,c=-1):d[1]===void 0?c=-2:(c=n.lastIndex-d[2].length,h=d[1],n=d[3]===void 0?w:d[3]==='"'?$t:vt):n===$t||n===vt?n=w:n===bt||n===wt?n=C:(n=w,o=void 0);let f=n===w&&r[p+1].startsWith("/>")?" ":"";i+=n===C?a+qt:c>=0?(s.push(h),a.slice(0,c)+kt+a.slice(c)+b+f):a+b+(c===-2?p:f)}return[Tt(r,i+(r[e]||"<?>")+(t===2?"</svg>":t===3?"</math>":"")),s]},L=class r{constructor({strings:t,_$litType$:e},s){let o;this.parts=[];let i=0,n=0,p=t.length-1,a=this.parts,[h,d]=Qt(t,e);if(this.el=r.createElement(h,s),v.currentNode=this.el.content,e===2||e===3){let c=this.el.content.firstChild;c.replaceWith(...c.childNodes)}for(;(o=v.nextNode())!==null&&a.length<p;){if(o.nodeType===1){if(o.hasAttributes())for(let c of o.getAttributeNames())if(c.endsWith(kt)){let g=d[n++],f=o.getAttribute(c).split(b),N=/([.?@])?(.*)/.exec(g);a.push({type:1,index:i,name:N[2],strings:f,ctor:N[1]==="."?Y:N[1]==="?"?Q:N[1]==="@"?X:S}),o.removeAttribute(c)}else c.startsWith(b)&&(a.push({type:6,index:i}),o.removeAttribute(c));if(At.test(o.tagName)){let c=o.textContent.split(b),g=c.length-1;if(g>0){o.textContent=j?j.emptyScript:"";for(let f=0;f<g;f++)o.append(c[f],R()),v.nextNode(),a.push({type:2,index:++i});o.append(c[g],R())}}}else if(o.nodeType===8)if(o.data===St)a.push({type:2,index:i});else{let c=-1;for(;(c=o.data.indexOf(b,c+1))!==-1;)a.push({type:7,index:i}),c+=b.length-1}i++}}static createElement(t,e){let s=$.createElement("template");return s.innerHTML=t,s}};function k(r,t,e=r,s){if(t===x)return t;let o=s!==void 0?e._$Co?.[s]:e._$Cl,i=D(t)?void 0:t._$litDirective$;return o?.constructor!==i&&(o?._$AO?.(!1),i===void 0?o=void 0:(o=new i(r),o._$AT(r,e,s)),s!==void 0?(e._$Co??=[])[s]=o:e._$Cl=o),o!==void 0&&(t=k(r,o._$AS(r,t.values),o,s)),t}var q=class{constructor(t,e){this._$AV=[],this._$AN=void 0,this._$AD=t,this._$AM=e}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(t){let{el:{content:e},parts:s}=this._$AD,o=(t?.creationScope??$).importNode(e,!0);v.currentNode=o;let i=v.nextNode(),n=0,p=0,a=s[0];for(;a!==void 0;){if(n===a.index){let h;a.type===2?h=new M(i,i.nextSibling,this,t):a.type===1?h=new a.ctor(i,a.name,a.strings,this,t):a.type===6&&(h=new tt(i,this,t)),this._$AV.push(h),a=s[++p]}n!==a?.index&&(i=v.nextNode(),n++)}return v.currentNode=$,o}p(t){let e=0;for(let s of this._$AV)s!==void 0&&(s.strings!==void 0?(s._$AI(t,s,e),e+=s.strings.length-2):s._$AI(t[e])),e++}},M=class r{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(t,e,s,o){this.type=2,this._$AH=l,this._$AN=void 0,this._$AA=t,this._$AB=e,this._$AM=s,this.options=o,this._$Cv=o?.isConnected??!0}get parentNode(){let t=this._$AA.parentNode,e=this._$AM;return e!==void 0&&t?.nodeType===11&&(t=e.parentNode),t}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(t,e=this){t=k(this,t,e),D(t)?t===l||t==null||t===""?(this._$AH!==l&&this._$AR(),this._$AH=l):t!==this._$AH&&t!==x&&this._(t):t._$litType$!==void 0?this.$(t):t.nodeType!==void 0?this.T(t):Yt(t)?this.k(t):this._(t)}O(t){return this._$AA.parentNode.insertBefore(t,this._$AB)}T(t){this._$AH!==t&&(this._$AR(),this._$AH=this.O(t))}_(t){this._$AH!==l&&D(this._$AH)?this._$AA.nextSibling.data=t:this.T($.createTextNode(t)),this._$AH=t}$(t){let{values:e,_$litType$:s}=t,o=typeof s=="number"?this._$AC(t):(s.el===void 0&&(s.el=L.createElement(Tt(s.h,s.h[0]),this.options)),s);if(this._$AH?._$AD===o)this._$AH.p(e);else{let i=new q(o,this),n=i.u(this.options);i.p(e),this.T(n),this._$AH=i}}_$AC(t){let e=xt.get(t.strings);return e===void 0&&xt.set(t.strings,e=new L(t)),e}k(t){st(this._$AH)||(this._$AH=[],this._$AR());let e=this._$AH,s,o=0;for(let i of t)o===e.length?e.push(s=new r(this.O(R()),this.O(R()),this,this.options)):s=e[o],s._$AI(i),o++;o<e.length&&(this._$AR(s&&s._$AB.nextSibling,o),e.length=o)}_$AR(t=this._$AA.nextSibling,e){for(this._$AP?.(!1,!0,e);t!==this._$AB;){let s=_t(t).nextSibling;_t(t).remove(),t=s}}setConnected(t){this._$AM===void 0&&(this._$Cv=t,this._$AP?.(t))}},S=class{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(t,e,s,o,i){this.type=1,this._$AH=l,this._$AN=void 0,this.element=t,this.name=e,this._$AM=o,this.options=i,s.length>2||s[0]!==""||s[1]!==""?(this._$AH=Array(s.length-1).fill(new String),this.strings=s):this._$AH=l}_$AI(t,e=this,s,o){let i=this.strings,n=!1;if(i===void 0)t=k(this,t,e,0),n=!D(t)||t!==this._$AH&&t!==x,n&&(this._$AH=t);else{let p=t,a,h;for(t=i[0],a=0;a<i.length-1;a++)h=k(this,p[s+a],e,a),h===x&&(h=this._$AH[a]),n||=!D(h)||h!==this._$AH[a],h===l?t=l:t!==l&&(t+=(h??"")+i[a+1]),this._$AH[a]=h}n&&!o&&this.j(t)}j(t){t===l?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,t??"")}},Y=class extends S{constructor(){super(...arguments),this.type=3}j(t){this.element[this.name]=t===l?void 0:t}},Q=class extends S{constructor(){super(...arguments),this.type=4}j(t){this.element.toggleAttribute(this.name,!!t&&t!==l)}},X=class extends S{constructor(t,e,s,o,i){super(t,e,s,o,i),this.type=5}_$AI(t,e=this){if((t=k(this,t,e,0)??l)===x)return;let s=this._$AH,o=t===l&&s!==l||t.capture!==s.capture||t.once!==s.once||t.passive!==s.passive,i=t!==l&&(s===l||o);o&&this.element.removeEventListener(this.name,this,s),i&&this.element.addEventListener(this.name,this,t),this._$AH=t}handleEvent(t){typeof this._$AH=="function"?this._$AH.call(this.options?.host??this.element,t):this._$AH.handleEvent(t)}},tt=class{constructor(t,e,s){this.element=t,this.type=6,this._$AN=void 0,this._$AM=e,this.options=s}get _$AU(){return this._$AM._$AU}_$AI(t){k(this,t)}};var Xt=et.litHtmlPolyfillSupport;Xt?.(L,M),(et.litHtmlVersions??=[]).push("3.3.3");var Et=(r,t,e)=>{let s=e?.renderBefore??t,o=s._$litPart$;if(o===void 0){let i=e?.renderBefore??null;s._$litPart$=o=new M(t.insertBefore(R(),i),i,void 0,e??{})}return o._$AI(r),o};var ot=globalThis,_=class extends y{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){let t=super.createRenderRoot();return this.renderOptions.renderBefore??=t.firstChild,t}update(t){let e=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(t),this._$Do=Et(e,this.renderRoot,this.renderOptions)}connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(!0)}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(!1)}render(){return x}};_._$litElement$=!0,_.finalized=!0,ot.litElementHydrateSupport?.({LitElement:_});var te=ot.litElementPolyfillSupport;te?.({LitElement:_});(ot.litElementVersions??=[]).push("4.2.2");function it(r,t,e={}){return r.callWS({type:`encore/${t}`,...e})}function nt(r){return r&&typeof r=="object"&&"message"in r?String(r.message):String(r)}function ee(r){return r.toISOString().slice(0,10)}function se(r){return new Date(`${r}T00:00:00Z`)}function at(r){let t=Math.round(r);if(t<60)return`${t} min`;let e=Math.floor(t/60),s=t%60;return`${e.toLocaleString()} h ${String(s).padStart(2,"0")} min`}function lt(r){return`${Math.round(r*100)} %`}function Pt(r,t){return r<=0||t<=0?0:Math.round((.15+.85*Math.sqrt(r/t))*100)/100}function Ct(r){return Math.max(0,...r.map(t=>Math.max(0,...t)))}var Rt=["today","yesterday","this_week","last_week","this_month","last_month","this_year","last_year","all_time","custom"];function Dt(r){let t={period:r.period};return r.period==="custom"&&(r.start&&(t.start=`${r.start}T00:00:00`),r.end&&(t.end=`${ee(new Date(se(r.end).getTime()+864e5))}T00:00:00`)),r.whose==="everyone"?t.everyone=!0:r.whose!=="me"&&(t.config_entry_id=r.whose),t}var Lt={title:"Listening",nav:{overview:"Overview",timeline:"Timeline",import:"Import",data:"Data"},period:{label:"Period",today:"Today",this_week:"This week",last_week:"Last week",this_month:"This month",last_month:"Last month",this_year:"This year",last_year:"Last year",all_time:"All time",custom:"Custom range",from:"From",to:"To"},whose:{label:"Whose",me:"Me",everyone:"The whole household",account:"{title}",account_of:"{title} ({persons})"},tile:{plays:"Plays",time:"Listening time",artists:"Artists",tracks:"Songs",new_artists:"New artists",streak:"Streak",streak_days:"{days} days",skip_rate:"Skip rate"},chart:{time_per:"Listening time per {grouping}",day:"day",week:"week",month:"month",heatmap:"When you listen",heatmap_cell:"{day} {hour}:00, {minutes} min",coverage:"What the history holds",gap:"Gap: {start} \u2013 {end}",no_data:"Nothing played in this period."},weekday:{"0":"Mon","1":"Tue","2":"Wed","3":"Thu","4":"Fri","5":"Sat","6":"Sun"},top:{artist:"Top artists",track:"Top tracks",album:"Top albums",show:"Top podcasts",plays:"{plays} plays",share:"{share} of plays"},item:{back:"Back to the overview",plays:"Plays in this period",time:"Time in this period",first:"First play",last:"Last play",recent:"Latest plays",devices:"Devices",hours:"Hours of the day",play_on:"Play on",play:"Play",no_match:"Nothing in the history matches \u201C{name}\u201D."},timeline:{more:"Load more",end:"That is everything in this period.",device:"Device",source:"Source",skipped:"skipped"},source:{export_extended:"Spotify export",export_account:"Spotify export (account data)",spotify_recent:"Spotify recently played",spotify_player:"Spotify player",sonos:"Sonos",media_player:"Media player"},import:{intro:"Drop the ZIP of your Spotify data export here, or choose it.",choose:"Choose a file",account:"Account",start:"Import",uploading:"Uploading {file}\u2026",running:"Importing {file}: {percent} %, {rows} rows",completed:"Imported {imported} plays ({duplicates} already known, {replaced} replaced).",failed:"The import failed: {error}",jobs:"Jobs",job_kind:"Kind",job_status:"Status",job_started:"Started",job_counts:"Counts",days_with_data:"{days} days with plays, from {first} to {last}",no_gaps:"No gaps of a week or more.",admin_only:"Only administrators can import."},data:{export:"Export",export_path:"File (in an allowed folder, e.g. /media/encore.csv)",export_format:"Format",export_done:"Exported {rows} rows to {path}.",purge:"Delete plays",purge_before:"Delete plays before",purge_account:"Only of this account",purge_all:"Every account",purge_confirm:"Delete these plays for good? This cannot be undone.",purge_done:"Deleted {deleted} plays.",retention:"Retention",retention_text:"How long plays are kept is set in Encore's history settings.",retention_open:"Open the settings",run:"Run"},error:{generic:"Encore could not answer: {message}",closed:"The listening history is not open."},card:{heatmap_name:"Encore heatmap",heatmap_description:"When the household listens: weekday by hour.",top_name:"Encore top list",top_description:"The most played artists, tracks, albums or podcasts.",stats_name:"Encore listening stats",stats_description:"Plays, listening time, artists, streak and skip rate.",title:"Title",kind:"What to rank",limit:"How many",period:"Period",whose:"Whose history"}};var pt={title:"Listening",nav:{overview:"Overview",timeline:"Timeline",import:"Import",data:"Data"},period:{label:"Period",today:"Today",yesterday:"Yesterday",this_week:"This week",last_week:"Last week",this_month:"This month",last_month:"Last month",this_year:"This year",last_year:"Last year",all_time:"All time",custom:"Custom range",from:"From",to:"To"},whose:{label:"Whose",me:"Me",everyone:"The whole household",account:"{title}",account_of:"{title} ({persons})"},tile:{plays:"Plays",time:"Listening time",artists:"Artists",tracks:"Songs",new_artists:"New artists",streak:"Streak",streak_days:"{days} days",skip_rate:"Skip rate"},chart:{time_per:"Listening time per {grouping}",day:"day",week:"week",month:"month",heatmap:"When you listen",heatmap_cell:"{day} {hour}:00, {minutes} min",coverage:"What the history holds",gap:"Gap: {start} \u2013 {end}",no_data:"Nothing played in this period."},weekday:{"0":"Mon","1":"Tue","2":"Wed","3":"Thu","4":"Fri","5":"Sat","6":"Sun"},top:{artist:"Top artists",track:"Top tracks",album:"Top albums",show:"Top podcasts",plays:"{plays} plays",share:"{share} of plays"},item:{back:"Back to the overview",plays:"Plays in this period",time:"Time in this period",first:"First play",last:"Last play",recent:"Latest plays",devices:"Devices",hours:"Hours of the day",play_on:"Play on",play:"Play",no_match:"Nothing in the history matches \u201C{name}\u201D."},timeline:{more:"Load more",end:"That is everything in this period.",device:"Device",source:"Source",skipped:"skipped"},source:{export_extended:"Spotify export",export_account:"Spotify export (account data)",spotify_recent:"Spotify recently played",spotify_player:"Spotify player",sonos:"Sonos",media_player:"Media player"},import:{intro:"Drop the ZIP of your Spotify data export here, or choose it.",choose:"Choose a file",account:"Account",start:"Import",uploading:"Uploading {file}\u2026",running:"Importing {file}: {percent} %, {rows} rows",completed:"Imported {imported} plays ({duplicates} already known, {replaced} replaced).",failed:"The import failed: {error}",jobs:"Jobs",job_kind:"Kind",job_status:"Status",job_started:"Started",job_counts:"Counts",days_with_data:"{days} days with plays, from {first} to {last}",no_gaps:"No gaps of a week or more.",admin_only:"Only administrators can import."},data:{export:"Export",export_path:"File (in an allowed folder, e.g. /media/encore.csv)",export_format:"Format",export_done:"Exported {rows} rows to {path}.",purge:"Delete plays",purge_before:"Delete plays before",purge_account:"Only of this account",purge_all:"Every account",purge_confirm:"Delete these plays for good? This cannot be undone.",purge_done:"Deleted {deleted} plays.",retention:"Retention",retention_text:"How long plays are kept is set in Encore's history settings.",retention_open:"Open the settings",run:"Run"},error:{generic:"Encore could not answer: {message}",closed:"The listening history is not open."},card:{heatmap_name:"Encore heatmap",heatmap_description:"When the household listens: weekday by hour.",top_name:"Encore top list",top_description:"The most played artists, tracks, albums or podcasts.",stats_name:"Encore listening stats",stats_description:"Plays, listening time, artists, streak and skip rate.",title:"Title",kind:"What to rank",limit:"How many",period:"Period",whose:"Whose history"}};var Mt={title:"Listening",nav:{overview:"Overview",timeline:"Timeline",import:"Import",data:"Data"},period:{label:"Period",today:"Today",this_week:"This week",last_week:"Last week",this_month:"This month",last_month:"Last month",this_year:"This year",last_year:"Last year",all_time:"All time",custom:"Custom range",from:"From",to:"To"},whose:{label:"Whose",me:"Me",everyone:"The whole household",account:"{title}",account_of:"{title} ({persons})"},tile:{plays:"Plays",time:"Listening time",artists:"Artists",tracks:"Songs",new_artists:"New artists",streak:"Streak",streak_days:"{days} days",skip_rate:"Skip rate"},chart:{time_per:"Listening time per {grouping}",day:"day",week:"week",month:"month",heatmap:"When you listen",heatmap_cell:"{day} {hour}:00, {minutes} min",coverage:"What the history holds",gap:"Gap: {start} \u2013 {end}",no_data:"Nothing played in this period."},weekday:{"0":"Mon","1":"Tue","2":"Wed","3":"Thu","4":"Fri","5":"Sat","6":"Sun"},top:{artist:"Top artists",track:"Top tracks",album:"Top albums",show:"Top podcasts",plays:"{plays} plays",share:"{share} of plays"},item:{back:"Back to the overview",plays:"Plays in this period",time:"Time in this period",first:"First play",last:"Last play",recent:"Latest plays",devices:"Devices",hours:"Hours of the day",play_on:"Play on",play:"Play",no_match:"Nothing in the history matches \u201C{name}\u201D."},timeline:{more:"Load more",end:"That is everything in this period.",device:"Device",source:"Source",skipped:"skipped"},source:{export_extended:"Spotify export",export_account:"Spotify export (account data)",spotify_recent:"Spotify recently played",spotify_player:"Spotify player",sonos:"Sonos",media_player:"Media player"},import:{intro:"Drop the ZIP of your Spotify data export here, or choose it.",choose:"Choose a file",account:"Account",start:"Import",uploading:"Uploading {file}\u2026",running:"Importing {file}: {percent} %, {rows} rows",completed:"Imported {imported} plays ({duplicates} already known, {replaced} replaced).",failed:"The import failed: {error}",jobs:"Jobs",job_kind:"Kind",job_status:"Status",job_started:"Started",job_counts:"Counts",days_with_data:"{days} days with plays, from {first} to {last}",no_gaps:"No gaps of a week or more.",admin_only:"Only administrators can import."},data:{export:"Export",export_path:"File (in an allowed folder, e.g. /media/encore.csv)",export_format:"Format",export_done:"Exported {rows} rows to {path}.",purge:"Delete plays",purge_before:"Delete plays before",purge_account:"Only of this account",purge_all:"Every account",purge_confirm:"Delete these plays for good? This cannot be undone.",purge_done:"Deleted {deleted} plays.",retention:"Retention",retention_text:"How long plays are kept is set in Encore's history settings.",retention_open:"Open the settings",run:"Run"},error:{generic:"Encore could not answer: {message}",closed:"The listening history is not open."},card:{heatmap_name:"Encore heatmap",heatmap_description:"When the household listens: weekday by hour.",top_name:"Encore top list",top_description:"The most played artists, tracks, albums or podcasts.",stats_name:"Encore listening stats",stats_description:"Plays, listening time, artists, streak and skip rate.",title:"Title",kind:"What to rank",limit:"How many",period:"Period",whose:"Whose history"}};var Ot={title:"Listening",nav:{overview:"Overview",timeline:"Timeline",import:"Import",data:"Data"},period:{label:"Period",today:"Today",this_week:"This week",last_week:"Last week",this_month:"This month",last_month:"Last month",this_year:"This year",last_year:"Last year",all_time:"All time",custom:"Custom range",from:"From",to:"To"},whose:{label:"Whose",me:"Me",everyone:"The whole household",account:"{title}",account_of:"{title} ({persons})"},tile:{plays:"Plays",time:"Listening time",artists:"Artists",tracks:"Songs",new_artists:"New artists",streak:"Streak",streak_days:"{days} days",skip_rate:"Skip rate"},chart:{time_per:"Listening time per {grouping}",day:"day",week:"week",month:"month",heatmap:"When you listen",heatmap_cell:"{day} {hour}:00, {minutes} min",coverage:"What the history holds",gap:"Gap: {start} \u2013 {end}",no_data:"Nothing played in this period."},weekday:{"0":"Mon","1":"Tue","2":"Wed","3":"Thu","4":"Fri","5":"Sat","6":"Sun"},top:{artist:"Top artists",track:"Top tracks",album:"Top albums",show:"Top podcasts",plays:"{plays} plays",share:"{share} of plays"},item:{back:"Back to the overview",plays:"Plays in this period",time:"Time in this period",first:"First play",last:"Last play",recent:"Latest plays",devices:"Devices",hours:"Hours of the day",play_on:"Play on",play:"Play",no_match:"Nothing in the history matches \u201C{name}\u201D."},timeline:{more:"Load more",end:"That is everything in this period.",device:"Device",source:"Source",skipped:"skipped"},source:{export_extended:"Spotify export",export_account:"Spotify export (account data)",spotify_recent:"Spotify recently played",spotify_player:"Spotify player",sonos:"Sonos",media_player:"Media player"},import:{intro:"Drop the ZIP of your Spotify data export here, or choose it.",choose:"Choose a file",account:"Account",start:"Import",uploading:"Uploading {file}\u2026",running:"Importing {file}: {percent} %, {rows} rows",completed:"Imported {imported} plays ({duplicates} already known, {replaced} replaced).",failed:"The import failed: {error}",jobs:"Jobs",job_kind:"Kind",job_status:"Status",job_started:"Started",job_counts:"Counts",days_with_data:"{days} days with plays, from {first} to {last}",no_gaps:"No gaps of a week or more.",admin_only:"Only administrators can import."},data:{export:"Export",export_path:"File (in an allowed folder, e.g. /media/encore.csv)",export_format:"Format",export_done:"Exported {rows} rows to {path}.",purge:"Delete plays",purge_before:"Delete plays before",purge_account:"Only of this account",purge_all:"Every account",purge_confirm:"Delete these plays for good? This cannot be undone.",purge_done:"Deleted {deleted} plays.",retention:"Retention",retention_text:"How long plays are kept is set in Encore's history settings.",retention_open:"Open the settings",run:"Run"},error:{generic:"Encore could not answer: {message}",closed:"The listening history is not open."},card:{heatmap_name:"Encore heatmap",heatmap_description:"When the household listens: weekday by hour.",top_name:"Encore top list",top_description:"The most played artists, tracks, albums or podcasts.",stats_name:"Encore listening stats",stats_description:"Plays, listening time, artists, streak and skip rate.",title:"Title",kind:"What to rank",limit:"How many",period:"Period",whose:"Whose history"}};var Ht={title:"Listening",nav:{overview:"Overview",timeline:"Timeline",import:"Import",data:"Data"},period:{label:"Period",today:"Today",this_week:"This week",last_week:"Last week",this_month:"This month",last_month:"Last month",this_year:"This year",last_year:"Last year",all_time:"All time",custom:"Custom range",from:"From",to:"To"},whose:{label:"Whose",me:"Me",everyone:"The whole household",account:"{title}",account_of:"{title} ({persons})"},tile:{plays:"Plays",time:"Listening time",artists:"Artists",tracks:"Songs",new_artists:"New artists",streak:"Streak",streak_days:"{days} days",skip_rate:"Skip rate"},chart:{time_per:"Listening time per {grouping}",day:"day",week:"week",month:"month",heatmap:"When you listen",heatmap_cell:"{day} {hour}:00, {minutes} min",coverage:"What the history holds",gap:"Gap: {start} \u2013 {end}",no_data:"Nothing played in this period."},weekday:{"0":"Mon","1":"Tue","2":"Wed","3":"Thu","4":"Fri","5":"Sat","6":"Sun"},top:{artist:"Top artists",track:"Top tracks",album:"Top albums",show:"Top podcasts",plays:"{plays} plays",share:"{share} of plays"},item:{back:"Back to the overview",plays:"Plays in this period",time:"Time in this period",first:"First play",last:"Last play",recent:"Latest plays",devices:"Devices",hours:"Hours of the day",play_on:"Play on",play:"Play",no_match:"Nothing in the history matches \u201C{name}\u201D."},timeline:{more:"Load more",end:"That is everything in this period.",device:"Device",source:"Source",skipped:"skipped"},source:{export_extended:"Spotify export",export_account:"Spotify export (account data)",spotify_recent:"Spotify recently played",spotify_player:"Spotify player",sonos:"Sonos",media_player:"Media player"},import:{intro:"Drop the ZIP of your Spotify data export here, or choose it.",choose:"Choose a file",account:"Account",start:"Import",uploading:"Uploading {file}\u2026",running:"Importing {file}: {percent} %, {rows} rows",completed:"Imported {imported} plays ({duplicates} already known, {replaced} replaced).",failed:"The import failed: {error}",jobs:"Jobs",job_kind:"Kind",job_status:"Status",job_started:"Started",job_counts:"Counts",days_with_data:"{days} days with plays, from {first} to {last}",no_gaps:"No gaps of a week or more.",admin_only:"Only administrators can import."},data:{export:"Export",export_path:"File (in an allowed folder, e.g. /media/encore.csv)",export_format:"Format",export_done:"Exported {rows} rows to {path}.",purge:"Delete plays",purge_before:"Delete plays before",purge_account:"Only of this account",purge_all:"Every account",purge_confirm:"Delete these plays for good? This cannot be undone.",purge_done:"Deleted {deleted} plays.",retention:"Retention",retention_text:"How long plays are kept is set in Encore's history settings.",retention_open:"Open the settings",run:"Run"},error:{generic:"Encore could not answer: {message}",closed:"The listening history is not open."},card:{heatmap_name:"Encore heatmap",heatmap_description:"When the household listens: weekday by hour.",top_name:"Encore top list",top_description:"The most played artists, tracks, albums or podcasts.",stats_name:"Encore listening stats",stats_description:"Plays, listening time, artists, streak and skip rate.",title:"Title",kind:"What to rank",limit:"How many",period:"Period",whose:"Whose history"}};var Ut={en:pt,de:Lt,nl:Ht,fr:Ot,es:Mt};function Nt(r,t){let e=r;for(let s of t.split(".")){if(e===void 0||typeof e=="string")return;e=e[s]}return typeof e=="string"?e:void 0}function O(r){let t=(r??"en").toLowerCase().split("-")[0];return t in Ut?t:"en"}function u(r,t,e={}){return(Nt(Ut[O(r)],t)??Nt(pt,t)??t).replace(/\{(\w+)\}/g,(o,i)=>i in e?String(e[i]):o)}function It(r,t){let e=Ct(r),s=14,o=34,i=14;return m`<svg
    class="heatmap"
    viewBox="0 0 ${o+24*s} ${i+7*s}"
    role="img"
    aria-label=${u(t,"chart.heatmap")}
  >
    ${[0,6,12,18].map(n=>F`<text class="axis" x=${o+n*s} y="10">${n}</text>`)}
    ${r.map((n,p)=>F`
        <text class="axis" x="0" y=${i+p*s+11}>${u(t,`weekday.${p}`)}</text>
        ${n.map((a,h)=>F`<rect
            class=${a>0?"on":"off"}
            x=${o+h*s}
            y=${i+p*s}
            width=${s-2}
            height=${s-2}
            rx="2"
            fill-opacity=${a>0?Pt(a,e):1}
          ><title>${u(t,"chart.heatmap_cell",{day:u(t,`weekday.${p}`),hour:h,minutes:a})}</title></rect>`)}`)}
  </svg>`}var Wt=E`
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
`;var le=Rt.filter(r=>r!=="custom"),A=class extends _{constructor(){super(...arguments);this._config={type:""};this._subscribed=""}get language(){return O(this.hass?.locale?.language??this.hass?.language)}t(e,s){return u(this.language,e,s)}setConfig(e){this._config={period:"this_week",whose:"me",...e}}getCardSize(){return 4}fields(){return Dt({period:this._config.period??"this_week",whose:this._config.whose??"me"})}refreshed(){}connectedCallback(){super.connectedCallback(),this._subscribed="",this.requestUpdate()}disconnectedCallback(){super.disconnectedCallback(),this._stop()}_stop(){this._unsubscribe?.then(e=>e()).catch(()=>{}),this._unsubscribe=void 0}willUpdate(e){let s=JSON.stringify(this.fields());!this.hass||s===this._subscribed||(this._subscribed=s,this._stop(),this._unsubscribe=this.hass.connection.subscribeMessage(o=>{this._stats=o,this._error=void 0,this.refreshed()},{type:"encore/subscribe_stats",...this.fields()}),this._unsubscribe.catch(o=>{this._error=this.t("error.generic",{message:nt(o)})}))}frame(e,s){return m`<ha-card>
      <div class="card">
        <h2>${this._config.title??this.t(e)}</h2>
        ${this._error?m`<p class="error">${this._error}</p>`:s}
      </div>
    </ha-card>`}};A.properties={hass:{attribute:!1},_config:{state:!0},_stats:{state:!0},_error:{state:!0}},A.styles=[Wt,E`
      ha-card {
        display: block;
        height: 100%;
      }
      ha-card .card {
        border: none;
        background: none;
      }
      .said {
        font-size: 0.8rem;
        color: var(--secondary-text-color);
        margin-top: 8px;
      }
    `];var H=class extends A{static getStubConfig(){return{period:"this_month"}}static getConfigElement(){return document.createElement("encore-card-editor")}render(){return this.frame("chart.heatmap",this._stats?m`${It(this._stats.heatmap,this.language)}${this._said()}`:l)}_said(){return m`<div class="said">${this.t(`period.${this._stats?.period.name??"this_week"}`)}${this._stats?.said?`, ${this._stats.said}`:""}</div>`}},ct=class extends H{getCardSize(){return 3}render(){let t=this._stats;if(!t)return this.frame("card.stats_name",l);let e=[["tile.plays",t.totals.plays.toLocaleString(this.language)],["tile.time",at(t.totals.ms_streamed/6e4)],["tile.artists",t.totals.artists.toLocaleString(this.language)],["tile.tracks",t.totals.tracks.toLocaleString(this.language)],["tile.new_artists",t.taste.new_artists_count.toLocaleString(this.language)],["tile.streak",this.t("tile.streak_days",{days:t.taste.streaks.current_days})],["tile.skip_rate",lt(t.skip_rate)]];return this.frame("card.stats_name",m`<div class="tiles">
          ${e.map(([s,o])=>m`<div class="tile"><div class="value">${o}</div><div class="label">${this.t(s)}</div></div>`)}
        </div>
        ${this._said()}`)}},z=class extends H{static getStubConfig(){return{period:"this_month",kind:"artist",limit:5}}refreshed(){this.hass&&it(this.hass,"top_items",{...this.fields(),kind:this._config.kind??"artist",limit:this._config.limit??5}).then(t=>{this._top=t}).catch(t=>{this._error=this.t("error.generic",{message:nt(t)})})}render(){let t=this._config.kind??"artist",e=this._stats?.totals.plays??0;return this.frame(`top.${t}`,this._top?m`<ol class="top">
              ${this._top.items.map(s=>m`<li>
                  <span class="rank">${s.rank}</span>
                  <span class="name">${s.name}${s.artist?m` <span class="by">${s.artist}</span>`:l}</span>
                  <span class="figures"
                    >${this.t("top.plays",{plays:s.plays.toLocaleString(this.language)})}<br />${at(s.minutes)}${e?` \xB7 ${lt(s.plays/e)}`:""}</span
                  >
                </li>`)}
            </ol>
            ${this._said()}`:l)}};z.properties={...A.properties,_top:{state:!0}};var B=class extends _{setConfig(t){this._config=t}willUpdate(){this.hass&&!this._info&&(this._info={is_admin:!1,history_open:!0,accounts:[]},it(this.hass,"info").then(t=>{this._info=t}).catch(()=>{}))}get _lang(){return O(this.hass?.locale?.language??this.hass?.language)}_options(t,e){return t.map(s=>({value:s,label:u(this._lang,`${e}.${s}`)}))}_schema(){let t=[{value:"me",label:u(this._lang,"whose.me")},...(this._info?.accounts??[]).map(s=>({value:s.config_entry_id,label:s.title})),{value:"everyone",label:u(this._lang,"whose.everyone")}],e=[{name:"title",selector:{text:{}}},{name:"period",selector:{select:{mode:"dropdown",options:this._options(le,"period")}}},{name:"whose",selector:{select:{mode:"dropdown",options:t}}}];return this._config?.type==="custom:encore-top-card"&&e.push({name:"kind",selector:{select:{mode:"dropdown",options:["artist","track","album","show"].map(s=>({value:s,label:u(this._lang,`top.${s}`)}))}}},{name:"limit",selector:{number:{min:1,max:50,mode:"box"}}}),e}render(){return!this.hass||!this._config?l:m`<ha-form
      .hass=${this.hass}
      .data=${this._config}
      .schema=${this._schema()}
      .computeLabel=${t=>u(this._lang,`card.${t.name}`)}
      @value-changed=${t=>this._changed(t)}
    ></ha-form>`}_changed(t){t.stopPropagation(),this._config=t.detail.value,this.dispatchEvent(new CustomEvent("config-changed",{detail:{config:this._config},bubbles:!0,composed:!0}))}};B.properties={hass:{attribute:!1},_config:{state:!0},_info:{state:!0}};var pe=[["encore-heatmap-card",H],["encore-top-card",z],["encore-stats-card",ct],["encore-card-editor",B]];for(let[r,t]of pe)customElements.get(r)||customElements.define(r,t);var G=window;G.customCards=G.customCards??[];var jt=O(navigator.language);for(let[r,t]of[["encore-heatmap-card","heatmap"],["encore-top-card","top"],["encore-stats-card","stats"]])G.customCards.some(e=>e.type===r)||G.customCards.push({type:r,name:u(jt,`card.${t}_name`),description:u(jt,`card.${t}_description`),preview:!0,documentationURL:"https://github.com/encore-ha/encore#dashboard-cards"});export{B as EncoreCardEditor,H as EncoreHeatmapCard,ct as EncoreStatsCard,z as EncoreTopCard};

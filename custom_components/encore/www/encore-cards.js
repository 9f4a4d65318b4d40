var N=globalThis,z=N.ShadowRoot&&(N.ShadyCSS===void 0||N.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype,Z=Symbol(),ue=new WeakMap,E=class{constructor(e,t,r){if(this._$cssResult$=!0,r!==Z)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=e,this.t=t}get styleSheet(){let e=this.o,t=this.t;if(z&&e===void 0){let r=t!==void 0&&t.length===1;r&&(e=ue.get(t)),e===void 0&&((this.o=e=new CSSStyleSheet).replaceSync(this.cssText),r&&ue.set(t,e))}return e}toString(){return this.cssText}},he=s=>new E(typeof s=="string"?s:s+"",void 0,Z),T=(s,...e)=>{let t=s.length===1?s[0]:e.reduce((r,i,n)=>r+(o=>{if(o._$cssResult$===!0)return o.cssText;if(typeof o=="number")return o;throw Error("Value passed to 'css' function must be a 'css' function result: "+o+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")})(i)+s[n+1],s[0]);return new E(t,s,Z)},me=(s,e)=>{if(z)s.adoptedStyleSheets=e.map(t=>t instanceof CSSStyleSheet?t:t.styleSheet);else for(let t of e){let r=document.createElement("style"),i=N.litNonce;i!==void 0&&r.setAttribute("nonce",i),r.textContent=t.cssText,s.appendChild(r)}},K=z?s=>s:s=>s instanceof CSSStyleSheet?(e=>{let t="";for(let r of e.cssRules)t+=r.cssText;return he(t)})(s):s;var{is:Ve,defineProperty:Ze,getOwnPropertyDescriptor:Ke,getOwnPropertyNames:Fe,getOwnPropertySymbols:Ge,getPrototypeOf:Je}=Object,U=globalThis,ge=U.trustedTypes,Qe=ge?ge.emptyScript:"",Ye=U.reactiveElementPolyfillSupport,C=(s,e)=>s,F={toAttribute(s,e){switch(e){case Boolean:s=s?Qe:null;break;case Object:case Array:s=s==null?s:JSON.stringify(s)}return s},fromAttribute(s,e){let t=s;switch(e){case Boolean:t=s!==null;break;case Number:t=s===null?null:Number(s);break;case Object:case Array:try{t=JSON.parse(s)}catch{t=null}}return t}},fe=(s,e)=>!Ve(s,e),_e={attribute:!0,type:String,converter:F,reflect:!1,useDefault:!1,hasChanged:fe};Symbol.metadata??=Symbol("metadata"),U.litPropertyMetadata??=new WeakMap;var _=class extends HTMLElement{static addInitializer(e){this._$Ei(),(this.l??=[]).push(e)}static get observedAttributes(){return this.finalize(),this._$Eh&&[...this._$Eh.keys()]}static createProperty(e,t=_e){if(t.state&&(t.attribute=!1),this._$Ei(),this.prototype.hasOwnProperty(e)&&((t=Object.create(t)).wrapped=!0),this.elementProperties.set(e,t),!t.noAccessor){let r=Symbol(),i=this.getPropertyDescriptor(e,r,t);i!==void 0&&Ze(this.prototype,e,i)}}static getPropertyDescriptor(e,t,r){let{get:i,set:n}=Ke(this.prototype,e)??{get(){return this[t]},set(o){this[t]=o}};return{get:i,set(o){let c=i?.call(this);n?.call(this,o),this.requestUpdate(e,c,r)},configurable:!0,enumerable:!0}}static getPropertyOptions(e){return this.elementProperties.get(e)??_e}static _$Ei(){if(this.hasOwnProperty(C("elementProperties")))return;let e=Je(this);e.finalize(),e.l!==void 0&&(this.l=[...e.l]),this.elementProperties=new Map(e.elementProperties)}static finalize(){if(this.hasOwnProperty(C("finalized")))return;if(this.finalized=!0,this._$Ei(),this.hasOwnProperty(C("properties"))){let t=this.properties,r=[...Fe(t),...Ge(t)];for(let i of r)this.createProperty(i,t[i])}let e=this[Symbol.metadata];if(e!==null){let t=litPropertyMetadata.get(e);if(t!==void 0)for(let[r,i]of t)this.elementProperties.set(r,i)}this._$Eh=new Map;for(let[t,r]of this.elementProperties){let i=this._$Eu(t,r);i!==void 0&&this._$Eh.set(i,t)}this.elementStyles=this.finalizeStyles(this.styles)}static finalizeStyles(e){let t=[];if(Array.isArray(e)){let r=new Set(e.flat(1/0).reverse());for(let i of r)t.unshift(K(i))}else e!==void 0&&t.push(K(e));return t}static _$Eu(e,t){let r=t.attribute;return r===!1?void 0:typeof r=="string"?r:typeof e=="string"?e.toLowerCase():void 0}constructor(){super(),this._$Ep=void 0,this.isUpdatePending=!1,this.hasUpdated=!1,this._$Em=null,this._$Ev()}_$Ev(){this._$ES=new Promise(e=>this.enableUpdating=e),this._$AL=new Map,this._$E_(),this.requestUpdate(),this.constructor.l?.forEach(e=>e(this))}addController(e){(this._$EO??=new Set).add(e),this.renderRoot!==void 0&&this.isConnected&&e.hostConnected?.()}removeController(e){this._$EO?.delete(e)}_$E_(){let e=new Map,t=this.constructor.elementProperties;for(let r of t.keys())this.hasOwnProperty(r)&&(e.set(r,this[r]),delete this[r]);e.size>0&&(this._$Ep=e)}createRenderRoot(){let e=this.shadowRoot??this.attachShadow(this.constructor.shadowRootOptions);return me(e,this.constructor.elementStyles),e}connectedCallback(){this.renderRoot??=this.createRenderRoot(),this.enableUpdating(!0),this._$EO?.forEach(e=>e.hostConnected?.())}enableUpdating(e){}disconnectedCallback(){this._$EO?.forEach(e=>e.hostDisconnected?.())}attributeChangedCallback(e,t,r){this._$AK(e,r)}_$ET(e,t){let r=this.constructor.elementProperties.get(e),i=this.constructor._$Eu(e,r);if(i!==void 0&&r.reflect===!0){let n=(r.converter?.toAttribute!==void 0?r.converter:F).toAttribute(t,r.type);this._$Em=e,n==null?this.removeAttribute(i):this.setAttribute(i,n),this._$Em=null}}_$AK(e,t){let r=this.constructor,i=r._$Eh.get(e);if(i!==void 0&&this._$Em!==i){let n=r.getPropertyOptions(i),o=typeof n.converter=="function"?{fromAttribute:n.converter}:n.converter?.fromAttribute!==void 0?n.converter:F;this._$Em=i;let c=o.fromAttribute(t,n.type);this[i]=c??this._$Ej?.get(i)??c,this._$Em=null}}requestUpdate(e,t,r,i=!1,n){if(e!==void 0){let o=this.constructor;if(i===!1&&(n=this[e]),r??=o.getPropertyOptions(e),!((r.hasChanged??fe)(n,t)||r.useDefault&&r.reflect&&n===this._$Ej?.get(e)&&!this.hasAttribute(o._$Eu(e,r))))return;this.C(e,t,r)}this.isUpdatePending===!1&&(this._$ES=this._$EP())}C(e,t,{useDefault:r,reflect:i,wrapped:n},o){r&&!(this._$Ej??=new Map).has(e)&&(this._$Ej.set(e,o??t??this[e]),n!==!0||o!==void 0)||(this._$AL.has(e)||(this.hasUpdated||r||(t=void 0),this._$AL.set(e,t)),i===!0&&this._$Em!==e&&(this._$Eq??=new Set).add(e))}async _$EP(){this.isUpdatePending=!0;try{await this._$ES}catch(t){Promise.reject(t)}let e=this.scheduleUpdate();return e!=null&&await e,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){if(!this.isUpdatePending)return;if(!this.hasUpdated){if(this.renderRoot??=this.createRenderRoot(),this._$Ep){for(let[i,n]of this._$Ep)this[i]=n;this._$Ep=void 0}let r=this.constructor.elementProperties;if(r.size>0)for(let[i,n]of r){let{wrapped:o}=n,c=this[i];o!==!0||this._$AL.has(i)||c===void 0||this.C(i,void 0,n,c)}}let e=!1,t=this._$AL;try{e=this.shouldUpdate(t),e?(this.willUpdate(t),this._$EO?.forEach(r=>r.hostUpdate?.()),this.update(t)):this._$EM()}catch(r){throw e=!1,this._$EM(),r}e&&this._$AE(t)}willUpdate(e){}_$AE(e){this._$EO?.forEach(t=>t.hostUpdated?.()),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(e)),this.updated(e)}_$EM(){this._$AL=new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$ES}shouldUpdate(e){return!0}update(e){this._$Eq&&=this._$Eq.forEach(t=>this._$ET(t,this[t])),this._$EM()}updated(e){}firstUpdated(e){}};_.elementStyles=[],_.shadowRootOptions={mode:"open"},_[C("elementProperties")]=new Map,_[C("finalized")]=new Map,Ye?.({ReactiveElement:_}),(U.reactiveElementVersions??=[]).push("2.1.2");var te=globalThis,ye=s=>s,O=te.trustedTypes,be=O?O.createPolicy("lit-html",{createHTML:s=>s}):void 0,Ae="$lit$",b=`lit$${Math.random().toFixed(9).slice(2)}$`,Se="?"+b,Xe=`<${Se}>`,$=document,R=()=>$.createComment(""),D=s=>s===null||typeof s!="object"&&typeof s!="function",re=Array.isArray,et=s=>re(s)||typeof s?.[Symbol.iterator]=="function",G=`[ 	
\f\r]`,P=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,ve=/-->/g,we=/>/g,v=RegExp(`>|${G}(?:([^\\s"'>=/]+)(${G}*=${G}*(?:[^ 	
\f\r"'\`<>=]|("|')|))|$)`,"g"),$e=/'/g,xe=/"/g,Ee=/^(?:script|style|textarea|title)$/i,se=s=>(e,...t)=>({_$litType$:s,strings:e,values:t}),h=se(1),I=se(2),yt=se(3),x=Symbol.for("lit-noChange"),l=Symbol.for("lit-nothing"),ke=new WeakMap,w=$.createTreeWalker($,129);function Te(s,e){if(!re(s)||!s.hasOwnProperty("raw"))throw Error("invalid template strings array");return be!==void 0?be.createHTML(e):e}var tt=(s,e)=>{let t=s.length-1,r=[],i,n=e===2?"<svg>":e===3?"<math>":"",o=P;for(let c=0;c<t;c++){let a=s[c],d,u,p=-1,g=0;for(;g<a.length&&(o.lastIndex=g,u=o.exec(a),u!==null);)g=o.lastIndex,o===P?u[1]==="!--"?o=ve:u[1]!==void 0?o=we:u[2]!==void 0?(Ee.test(u[2])&&(i=RegExp("</"+u[2],"g")),o=v):u[3]!==void 0&&(o=v):o===v?u[0]===">"?(o=i??P,p=-1):u[1]===void 0?p=-2:(p=o.lastIndex-u[2].length,d=u[1],o=u[3]===void 0?v:u[3]==='"'?xe:$e):o===xe||o===$e?o=v:o===ve||o===we?o=P:(o=v,i=void 0);let y=o===v&&s[c+1].startsWith("/>")?" ":"";n+=o===P?a+Xe:p>=0?(r.push(d),a.slice(0,p)+Ae+a.slice(p)+b+y):a+b+(p===-2?c:y)}return[Te(s,n+(s[t]||"<?>")+(e===2?"</svg>":e===3?"</math>":"")),r]},j=class s{constructor({strings:e,_$litType$:t},r){let i;this.parts=[];let n=0,o=0,c=e.length-1,a=this.parts,[d,u]=tt(e,t);if(this.el=s.createElement(d,r),w.currentNode=this.el.content,t===2||t===3){let p=this.el.content.firstChild;p.replaceWith(...p.childNodes)}for(;(i=w.nextNode())!==null&&a.length<c;){if(i.nodeType===1){if(i.hasAttributes())for(let p of i.getAttributeNames())if(p.endsWith(Ae)){let g=u[o++],y=i.getAttribute(p).split(b),W=/([.?@])?(.*)/.exec(g);a.push({type:1,index:n,name:W[2],strings:y,ctor:W[1]==="."?Q:W[1]==="?"?Y:W[1]==="@"?X:A}),i.removeAttribute(p)}else p.startsWith(b)&&(a.push({type:6,index:n}),i.removeAttribute(p));if(Ee.test(i.tagName)){let p=i.textContent.split(b),g=p.length-1;if(g>0){i.textContent=O?O.emptyScript:"";for(let y=0;y<g;y++)i.append(p[y],R()),w.nextNode(),a.push({type:2,index:++n});i.append(p[g],R())}}}else if(i.nodeType===8)if(i.data===Se)a.push({type:2,index:n});else{let p=-1;for(;(p=i.data.indexOf(b,p+1))!==-1;)a.push({type:7,index:n}),p+=b.length-1}n++}}static createElement(e,t){let r=$.createElement("template");return r.innerHTML=e,r}};function k(s,e,t=s,r){if(e===x)return e;let i=r!==void 0?t._$Co?.[r]:t._$Cl,n=D(e)?void 0:e._$litDirective$;return i?.constructor!==n&&(i?._$AO?.(!1),n===void 0?i=void 0:(i=new n(s),i._$AT(s,t,r)),r!==void 0?(t._$Co??=[])[r]=i:t._$Cl=i),i!==void 0&&(e=k(s,i._$AS(s,e.values),i,r)),e}var J=class{constructor(e,t){this._$AV=[],this._$AN=void 0,this._$AD=e,this._$AM=t}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(e){let{el:{content:t},parts:r}=this._$AD,i=(e?.creationScope??$).importNode(t,!0);w.currentNode=i;let n=w.nextNode(),o=0,c=0,a=r[0];for(;a!==void 0;){if(o===a.index){let d;a.type===2?d=new M(n,n.nextSibling,this,e):a.type===1?d=new a.ctor(n,a.name,a.strings,this,e):a.type===6&&(d=new ee(n,this,e)),this._$AV.push(d),a=r[++c]}o!==a?.index&&(n=w.nextNode(),o++)}return w.currentNode=$,i}p(e){let t=0;for(let r of this._$AV)r!==void 0&&(r.strings!==void 0?(r._$AI(e,r,t),t+=r.strings.length-2):r._$AI(e[t])),t++}},M=class s{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(e,t,r,i){this.type=2,this._$AH=l,this._$AN=void 0,this._$AA=e,this._$AB=t,this._$AM=r,this.options=i,this._$Cv=i?.isConnected??!0}get parentNode(){let e=this._$AA.parentNode,t=this._$AM;return t!==void 0&&e?.nodeType===11&&(e=t.parentNode),e}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(e,t=this){e=k(this,e,t),D(e)?e===l||e==null||e===""?(this._$AH!==l&&this._$AR(),this._$AH=l):e!==this._$AH&&e!==x&&this._(e):e._$litType$!==void 0?this.$(e):e.nodeType!==void 0?this.T(e):et(e)?this.k(e):this._(e)}O(e){return this._$AA.parentNode.insertBefore(e,this._$AB)}T(e){this._$AH!==e&&(this._$AR(),this._$AH=this.O(e))}_(e){this._$AH!==l&&D(this._$AH)?this._$AA.nextSibling.data=e:this.T($.createTextNode(e)),this._$AH=e}$(e){let{values:t,_$litType$:r}=e,i=typeof r=="number"?this._$AC(e):(r.el===void 0&&(r.el=j.createElement(Te(r.h,r.h[0]),this.options)),r);if(this._$AH?._$AD===i)this._$AH.p(t);else{let n=new J(i,this),o=n.u(this.options);n.p(t),this.T(o),this._$AH=n}}_$AC(e){let t=ke.get(e.strings);return t===void 0&&ke.set(e.strings,t=new j(e)),t}k(e){re(this._$AH)||(this._$AH=[],this._$AR());let t=this._$AH,r,i=0;for(let n of e)i===t.length?t.push(r=new s(this.O(R()),this.O(R()),this,this.options)):r=t[i],r._$AI(n),i++;i<t.length&&(this._$AR(r&&r._$AB.nextSibling,i),t.length=i)}_$AR(e=this._$AA.nextSibling,t){for(this._$AP?.(!1,!0,t);e!==this._$AB;){let r=ye(e).nextSibling;ye(e).remove(),e=r}}setConnected(e){this._$AM===void 0&&(this._$Cv=e,this._$AP?.(e))}},A=class{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(e,t,r,i,n){this.type=1,this._$AH=l,this._$AN=void 0,this.element=e,this.name=t,this._$AM=i,this.options=n,r.length>2||r[0]!==""||r[1]!==""?(this._$AH=Array(r.length-1).fill(new String),this.strings=r):this._$AH=l}_$AI(e,t=this,r,i){let n=this.strings,o=!1;if(n===void 0)e=k(this,e,t,0),o=!D(e)||e!==this._$AH&&e!==x,o&&(this._$AH=e);else{let c=e,a,d;for(e=n[0],a=0;a<n.length-1;a++)d=k(this,c[r+a],t,a),d===x&&(d=this._$AH[a]),o||=!D(d)||d!==this._$AH[a],d===l?e=l:e!==l&&(e+=(d??"")+n[a+1]),this._$AH[a]=d}o&&!i&&this.j(e)}j(e){e===l?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,e??"")}},Q=class extends A{constructor(){super(...arguments),this.type=3}j(e){this.element[this.name]=e===l?void 0:e}},Y=class extends A{constructor(){super(...arguments),this.type=4}j(e){this.element.toggleAttribute(this.name,!!e&&e!==l)}},X=class extends A{constructor(e,t,r,i,n){super(e,t,r,i,n),this.type=5}_$AI(e,t=this){if((e=k(this,e,t,0)??l)===x)return;let r=this._$AH,i=e===l&&r!==l||e.capture!==r.capture||e.once!==r.once||e.passive!==r.passive,n=e!==l&&(r===l||i);i&&this.element.removeEventListener(this.name,this,r),n&&this.element.addEventListener(this.name,this,e),this._$AH=e}handleEvent(e){typeof this._$AH=="function"?this._$AH.call(this.options?.host??this.element,e):this._$AH.handleEvent(e)}},ee=class{constructor(e,t,r){this.element=e,this.type=6,this._$AN=void 0,this._$AM=t,this.options=r}get _$AU(){return this._$AM._$AU}_$AI(e){k(this,e)}};var rt=te.litHtmlPolyfillSupport;rt?.(j,M),(te.litHtmlVersions??=[]).push("3.3.3");var Ce=(s,e,t)=>{let r=t?.renderBefore??e,i=r._$litPart$;if(i===void 0){let n=t?.renderBefore??null;r._$litPart$=i=new M(e.insertBefore(R(),n),n,void 0,t??{})}return i._$AI(s),i};var ie=globalThis,f=class extends _{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){let e=super.createRenderRoot();return this.renderOptions.renderBefore??=e.firstChild,e}update(e){let t=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(e),this._$Do=Ce(t,this.renderRoot,this.renderOptions)}connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(!0)}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(!1)}render(){return x}};f._$litElement$=!0,f.finalized=!0,ie.litElementHydrateSupport?.({LitElement:f});var st=ie.litElementPolyfillSupport;st?.({LitElement:f});(ie.litElementVersions??=[]).push("4.2.2");function ne(s,e,t={}){return s.callWS({type:`encore/${e}`,...t})}function oe(s){return s&&typeof s=="object"&&"message"in s?String(s.message):String(s)}var Pe=5e3;function ae(s){return typeof s=="string"&&s.startsWith("https://")}function Re(s,e,t=40){let r=e==="artist"?" round":"";return ae(s)?h`<img
    class="art${r}"
    src=${s}
    width=${t}
    height=${t}
    alt=""
    loading="lazy"
    decoding="async"
    referrerpolicy="no-referrer"
  />`:h`<span class="art none${r}" style="width:${t}px;height:${t}px" aria-hidden="true"></span>`}function it(s){return s.toISOString().slice(0,10)}function nt(s){return new Date(`${s}T00:00:00Z`)}function le(s){let e=Math.round(s);if(e<60)return`${e} min`;let t=Math.floor(e/60),r=e%60;return`${t.toLocaleString()} h ${String(r).padStart(2,"0")} min`}function ce(s){return`${Math.round(s*100)} %`}function De(s,e){return s<=0||e<=0?0:Math.round((.15+.85*Math.sqrt(s/e))*100)/100}function je(s){return Math.max(0,...s.map(e=>Math.max(0,...e)))}var Me=["today","yesterday","this_week","last_week","this_month","last_month","this_year","last_year","all_time","custom"];function Le(s){let e={period:s.period};return s.period==="custom"&&(s.start&&(e.start=`${s.start}T00:00:00`),s.end&&(e.end=`${it(new Date(nt(s.end).getTime()+864e5))}T00:00:00`)),s.whose==="everyone"?e.everyone=!0:s.whose!=="me"&&(e.config_entry_id=s.whose),e}var He={title:"H\xF6ren",nav:{overview:"\xDCbersicht",timeline:"Verlauf",import:"Import",data:"Daten"},period:{label:"Zeitraum",today:"Heute",yesterday:"Gestern",this_week:"Diese Woche",last_week:"Letzte Woche",this_month:"Dieser Monat",last_month:"Letzter Monat",this_year:"Dieses Jahr",last_year:"Letztes Jahr",all_time:"Gesamte Zeit",custom:"Eigener Zeitraum",from:"Von",to:"Bis"},whose:{label:"Wessen",me:"Ich",everyone:"Der ganze Haushalt",account:"{title}",account_of:"{title} ({persons})"},tile:{plays:"Wiedergaben",time:"H\xF6rzeit",artists:"K\xFCnstler",tracks:"Titel",new_artists:"Neue K\xFCnstler",streak:"Serie",streak_days:"{days} Tage",skip_rate:"\xDCberspringquote"},chart:{time_per:"H\xF6rzeit pro {grouping}",day:"Tag",week:"Woche",month:"Monat",heatmap:"Wann du h\xF6rst",heatmap_cell:"{day} {hour}:00, {minutes} Min.",coverage:"Was der Verlauf enth\xE4lt",gap:"L\xFCcke: {start} \u2013 {end}",no_data:"In diesem Zeitraum wurde nichts geh\xF6rt."},weekday:{"0":"Mo","1":"Di","2":"Mi","3":"Do","4":"Fr","5":"Sa","6":"So"},top:{artist:"Top-K\xFCnstler",track:"Top-Titel",album:"Top-Alben",show:"Top-Podcasts",plays:"{plays} Wiedergaben",share:"{share} der Wiedergaben"},item:{back:"Zur\xFCck zur \xDCbersicht",plays:"Wiedergaben im Zeitraum",time:"Zeit im Zeitraum",first:"Erste Wiedergabe",last:"Letzte Wiedergabe",recent:"Letzte Wiedergaben",devices:"Ger\xE4te",hours:"Tageszeiten",play_on:"Abspielen auf",play:"Abspielen",no_match:"Nichts im Verlauf passt zu \u201E{name}\u201C."},timeline:{more:"Mehr laden",end:"Das ist alles in diesem Zeitraum.",device:"Ger\xE4t",source:"Quelle",skipped:"\xFCbersprungen"},source:{export_extended:"Spotify-Export",export_account:"Spotify-Export (Kontodaten)",spotify_recent:"Spotify \u201EZuletzt geh\xF6rt\u201C",spotify_player:"Spotify-Player",sonos:"Sonos",media_player:"Mediaplayer"},import:{intro:"Lege hier das ZIP deines Spotify-Datenexports ab oder w\xE4hle es aus.",choose:"Datei w\xE4hlen",account:"Konto",start:"Importieren",uploading:"{file} wird hochgeladen\u2026",running:"{file} wird importiert: {percent} %, {rows} Zeilen",completed:"{imported} Wiedergaben importiert ({duplicates} schon bekannt, {replaced} ersetzt).",failed:"Der Import ist fehlgeschlagen: {error}",jobs:"Auftr\xE4ge",job_kind:"Art",job_status:"Status",job_started:"Begonnen",job_counts:"Zahlen",days_with_data:"{days} Tage mit Wiedergaben, von {first} bis {last}",no_gaps:"Keine L\xFCcken von einer Woche oder mehr.",admin_only:"Nur Administratoren k\xF6nnen importieren."},data:{export:"Exportieren",export_path:"Datei (in einem erlaubten Ordner, z. B. /media/encore.csv)",export_format:"Format",export_done:"{rows} Zeilen nach {path} exportiert.",purge:"Wiedergaben l\xF6schen",purge_before:"Wiedergaben, die endeten vor dem",purge_account:"Wessen Wiedergaben",purge_all:"Alle Konten",purge_done:"{deleted} Wiedergaben gel\xF6scht.",retention:"Aufbewahrung",retention_text:"Wie lange Wiedergaben aufbewahrt werden, legst du in Encores Verlaufseinstellungen fest.",retention_open:"Einstellungen \xF6ffnen",run:"Ausf\xFChren",purge_what:"Was gel\xF6scht wird",purge_everything:"Alles (jede Wiedergabe, egal welches Datum)",purge_check:"Pr\xFCfen, was gel\xF6scht w\xFCrde",purge_nothing:"Keine Wiedergabe passt: Es w\xFCrde nichts gel\xF6scht.",purge_all_accounts:"allen Konten",purge_range_before:"die vor dem {date} endeten",purge_range_everything:"alle, egal welches Datum",purge_plan:"Das l\xF6scht {count} Wiedergaben von {whose}, {range}. Das l\xE4sst sich nicht r\xFCckg\xE4ngig machen.",purge_kept:"Die Aufgabenliste und die von Home Assistant aufgezeichneten H\xF6rminuten-Statistiken bleiben erhalten.",purge_confirm_button:"{count} Wiedergaben l\xF6schen",purge_cancel:"Abbrechen"},error:{generic:"Encore konnte nicht antworten: {message}",closed:"Der H\xF6rverlauf ist nicht ge\xF6ffnet."},card:{heatmap_name:"Encore-Heatmap",heatmap_description:"Wann der Haushalt h\xF6rt: Wochentag nach Stunde.",top_name:"Encore-Topliste",top_description:"Die meistgeh\xF6rten K\xFCnstler, Titel, Alben oder Podcasts.",stats_name:"Encore-H\xF6rstatistik",stats_description:"Wiedergaben, H\xF6rzeit, K\xFCnstler, Serie und \xDCberspringquote.",title:"Titel",kind:"Was ranken",limit:"Wie viele",period:"Zeitraum",whose:"Wessen Verlauf"}};var pe={title:"Listening",nav:{overview:"Overview",timeline:"Timeline",import:"Import",data:"Data"},period:{label:"Period",today:"Today",yesterday:"Yesterday",this_week:"This week",last_week:"Last week",this_month:"This month",last_month:"Last month",this_year:"This year",last_year:"Last year",all_time:"All time",custom:"Custom range",from:"From",to:"To"},whose:{label:"Whose",me:"Me",everyone:"The whole household",account:"{title}",account_of:"{title} ({persons})"},tile:{plays:"Plays",time:"Listening time",artists:"Artists",tracks:"Songs",new_artists:"New artists",streak:"Streak",streak_days:"{days} days",skip_rate:"Skip rate"},chart:{time_per:"Listening time per {grouping}",day:"day",week:"week",month:"month",heatmap:"When you listen",heatmap_cell:"{day} {hour}:00, {minutes} min",coverage:"What the history holds",gap:"Gap: {start} \u2013 {end}",no_data:"Nothing played in this period."},weekday:{"0":"Mon","1":"Tue","2":"Wed","3":"Thu","4":"Fri","5":"Sat","6":"Sun"},top:{artist:"Top artists",track:"Top tracks",album:"Top albums",show:"Top podcasts",plays:"{plays} plays",share:"{share} of plays"},item:{back:"Back to the overview",plays:"Plays in this period",time:"Time in this period",first:"First play",last:"Last play",recent:"Latest plays",devices:"Devices",hours:"Hours of the day",play_on:"Play on",play:"Play",no_match:"Nothing in the history matches \u201C{name}\u201D."},timeline:{more:"Load more",end:"That is everything in this period.",device:"Device",source:"Source",skipped:"skipped"},source:{export_extended:"Spotify export",export_account:"Spotify export (account data)",spotify_recent:"Spotify recently played",spotify_player:"Spotify player",sonos:"Sonos",media_player:"Media player"},import:{intro:"Drop the ZIP of your Spotify data export here, or choose it.",choose:"Choose a file",account:"Account",start:"Import",uploading:"Uploading {file}\u2026",running:"Importing {file}: {percent} %, {rows} rows",completed:"Imported {imported} plays ({duplicates} already known, {replaced} replaced).",failed:"The import failed: {error}",jobs:"Jobs",job_kind:"Kind",job_status:"Status",job_started:"Started",job_counts:"Counts",days_with_data:"{days} days with plays, from {first} to {last}",no_gaps:"No gaps of a week or more.",admin_only:"Only administrators can import."},data:{export:"Export",export_path:"File (in an allowed folder, e.g. /media/encore.csv)",export_format:"Format",export_done:"Exported {rows} rows to {path}.",purge:"Delete plays",purge_before:"Plays that ended before",purge_account:"Whose plays",purge_all:"Every account",purge_done:"Deleted {deleted} plays.",retention:"Retention",retention_text:"How long plays are kept is set in Encore's history settings.",retention_open:"Open the settings",run:"Run",purge_what:"What to delete",purge_everything:"Everything (every play, whatever its date)",purge_check:"Check what this deletes",purge_nothing:"No play matches: nothing would be deleted.",purge_all_accounts:"every account",purge_range_before:"that ended before {date}",purge_range_everything:"all of them, whatever their date",purge_plan:"This deletes {count} plays of {whose}, {range}. It cannot be undone.",purge_kept:"The job list and the listening-minutes statistics Home Assistant recorded are kept.",purge_confirm_button:"Delete {count} plays",purge_cancel:"Cancel"},error:{generic:"Encore could not answer: {message}",closed:"The listening history is not open."},card:{heatmap_name:"Encore heatmap",heatmap_description:"When the household listens: weekday by hour.",top_name:"Encore top list",top_description:"The most played artists, tracks, albums or podcasts.",stats_name:"Encore listening stats",stats_description:"Plays, listening time, artists, streak and skip rate.",title:"Title",kind:"What to rank",limit:"How many",period:"Period",whose:"Whose history"}};var We={title:"Escucha",nav:{overview:"Resumen",timeline:"Cronolog\xEDa",import:"Importar",data:"Datos"},period:{label:"Periodo",today:"Hoy",yesterday:"Ayer",this_week:"Esta semana",last_week:"La semana pasada",this_month:"Este mes",last_month:"El mes pasado",this_year:"Este a\xF1o",last_year:"El a\xF1o pasado",all_time:"Desde siempre",custom:"Periodo personalizado",from:"Desde",to:"Hasta"},whose:{label:"De qui\xE9n",me:"Yo",everyone:"Todo el hogar",account:"{title}",account_of:"{title} ({persons})"},tile:{plays:"Reproducciones",time:"Tiempo de escucha",artists:"Artistas",tracks:"Canciones",new_artists:"Artistas nuevos",streak:"Racha",streak_days:"{days} d\xEDas",skip_rate:"Tasa de saltos"},chart:{time_per:"Tiempo de escucha por {grouping}",day:"d\xEDa",week:"semana",month:"mes",heatmap:"Cu\xE1ndo escuchas",heatmap_cell:"{day} {hour}:00, {minutes} min",coverage:"Lo que contiene el historial",gap:"Hueco: {start} \u2013 {end}",no_data:"No se escuch\xF3 nada en este periodo."},weekday:{"0":"lun","1":"mar","2":"mi\xE9","3":"jue","4":"vie","5":"s\xE1b","6":"dom"},top:{artist:"Artistas principales",track:"Canciones principales",album:"\xC1lbumes principales",show:"P\xF3dcasts principales",plays:"{plays} reproducciones",share:"{share} de las reproducciones"},item:{back:"Volver al resumen",plays:"Reproducciones en el periodo",time:"Tiempo en el periodo",first:"Primera reproducci\xF3n",last:"\xDAltima reproducci\xF3n",recent:"\xDAltimas reproducciones",devices:"Dispositivos",hours:"Horas del d\xEDa",play_on:"Reproducir en",play:"Reproducir",no_match:"Nada en el historial coincide con \xAB{name}\xBB."},timeline:{more:"Cargar m\xE1s",end:"Eso es todo en este periodo.",device:"Dispositivo",source:"Origen",skipped:"saltada"},source:{export_extended:"Exportaci\xF3n de Spotify",export_account:"Exportaci\xF3n de Spotify (datos de la cuenta)",spotify_recent:"Spotify, escuchado recientemente",spotify_player:"Reproductor de Spotify",sonos:"Sonos",media_player:"Reproductor multimedia"},import:{intro:"Suelta aqu\xED el ZIP de tu exportaci\xF3n de datos de Spotify, o el\xEDgelo.",choose:"Elegir un archivo",account:"Cuenta",start:"Importar",uploading:"Subiendo {file}\u2026",running:"Importando {file}: {percent} %, {rows} filas",completed:"Se importaron {imported} reproducciones ({duplicates} ya conocidas, {replaced} sustituidas).",failed:"La importaci\xF3n fall\xF3: {error}",jobs:"Tareas",job_kind:"Tipo",job_status:"Estado",job_started:"Inicio",job_counts:"Cifras",days_with_data:"{days} d\xEDas con reproducciones, del {first} al {last}",no_gaps:"Sin huecos de una semana o m\xE1s.",admin_only:"Solo los administradores pueden importar."},data:{export:"Exportar",export_path:"Archivo (en una carpeta permitida, p. ej. /media/encore.csv)",export_format:"Formato",export_done:"Se exportaron {rows} filas a {path}.",purge:"Borrar reproducciones",purge_before:"Reproducciones que terminaron antes del",purge_account:"De qui\xE9n",purge_all:"Todas las cuentas",purge_done:"Se borraron {deleted} reproducciones.",retention:"Conservaci\xF3n",retention_text:"Cu\xE1nto tiempo se guardan las reproducciones se ajusta en la configuraci\xF3n del historial de Encore.",retention_open:"Abrir la configuraci\xF3n",run:"Ejecutar",purge_what:"Qu\xE9 borrar",purge_everything:"Todo (cada reproducci\xF3n, sea cual sea su fecha)",purge_check:"Comprobar qu\xE9 se borrar\xEDa",purge_nothing:"Ninguna reproducci\xF3n coincide: no se borrar\xEDa nada.",purge_all_accounts:"todas las cuentas",purge_range_before:"que terminaron antes del {date}",purge_range_everything:"todas, sea cual sea su fecha",purge_plan:"Esto borra {count} reproducciones de {whose}, {range}. No se puede deshacer.",purge_kept:"Se conservan la lista de tareas y las estad\xEDsticas de minutos de escucha que registr\xF3 Home Assistant.",purge_confirm_button:"Borrar {count} reproducciones",purge_cancel:"Cancelar"},error:{generic:"Encore no pudo responder: {message}",closed:"El historial de escucha no est\xE1 abierto."},card:{heatmap_name:"Mapa de calor de Encore",heatmap_description:"Cu\xE1ndo escucha el hogar: d\xEDa de la semana por hora.",top_name:"Lista de \xE9xitos de Encore",top_description:"Los artistas, canciones, \xE1lbumes o p\xF3dcasts m\xE1s escuchados.",stats_name:"Estad\xEDsticas de escucha de Encore",stats_description:"Reproducciones, tiempo de escucha, artistas, racha y tasa de saltos.",title:"T\xEDtulo",kind:"Qu\xE9 clasificar",limit:"Cu\xE1ntos",period:"Periodo",whose:"Historial de qui\xE9n"}};var Ne={title:"\xC9coute",nav:{overview:"Aper\xE7u",timeline:"Chronologie",import:"Importer",data:"Donn\xE9es"},period:{label:"P\xE9riode",today:"Aujourd\u2019hui",yesterday:"Hier",this_week:"Cette semaine",last_week:"La semaine derni\xE8re",this_month:"Ce mois-ci",last_month:"Le mois dernier",this_year:"Cette ann\xE9e",last_year:"L\u2019ann\xE9e derni\xE8re",all_time:"Depuis toujours",custom:"P\xE9riode personnalis\xE9e",from:"Du",to:"Au"},whose:{label:"De qui",me:"Moi",everyone:"Tout le foyer",account:"{title}",account_of:"{title} ({persons})"},tile:{plays:"\xC9coutes",time:"Temps d\u2019\xE9coute",artists:"Artistes",tracks:"Titres",new_artists:"Nouveaux artistes",streak:"S\xE9rie",streak_days:"{days} jours",skip_rate:"Taux de saut"},chart:{time_per:"Temps d\u2019\xE9coute par {grouping}",day:"jour",week:"semaine",month:"mois",heatmap:"Quand vous \xE9coutez",heatmap_cell:"{day} {hour}:00, {minutes} min",coverage:"Ce que contient l\u2019historique",gap:"Trou : {start} \u2013 {end}",no_data:"Rien d\u2019\xE9cout\xE9 pendant cette p\xE9riode."},weekday:{"0":"lun","1":"mar","2":"mer","3":"jeu","4":"ven","5":"sam","6":"dim"},top:{artist:"Artistes pr\xE9f\xE9r\xE9s",track:"Titres pr\xE9f\xE9r\xE9s",album:"Albums pr\xE9f\xE9r\xE9s",show:"Podcasts pr\xE9f\xE9r\xE9s",plays:"{plays} \xE9coutes",share:"{share} des \xE9coutes"},item:{back:"Retour \xE0 l\u2019aper\xE7u",plays:"\xC9coutes sur la p\xE9riode",time:"Temps sur la p\xE9riode",first:"Premi\xE8re \xE9coute",last:"Derni\xE8re \xE9coute",recent:"Derni\xE8res \xE9coutes",devices:"Appareils",hours:"Heures de la journ\xE9e",play_on:"Lire sur",play:"Lire",no_match:"Rien dans l\u2019historique ne correspond \xE0 \xAB {name} \xBB."},timeline:{more:"Charger plus",end:"C\u2019est tout pour cette p\xE9riode.",device:"Appareil",source:"Source",skipped:"pass\xE9"},source:{export_extended:"Export Spotify",export_account:"Export Spotify (donn\xE9es du compte)",spotify_recent:"Spotify, \xE9cout\xE9s r\xE9cemment",spotify_player:"Lecteur Spotify",sonos:"Sonos",media_player:"Lecteur multim\xE9dia"},import:{intro:"D\xE9posez ici le ZIP de votre export de donn\xE9es Spotify, ou choisissez-le.",choose:"Choisir un fichier",account:"Compte",start:"Importer",uploading:"Envoi de {file}\u2026",running:"Import de {file} : {percent} %, {rows} lignes",completed:"{imported} \xE9coutes import\xE9es ({duplicates} d\xE9j\xE0 connues, {replaced} remplac\xE9es).",failed:"L\u2019import a \xE9chou\xE9 : {error}",jobs:"T\xE2ches",job_kind:"Type",job_status:"\xC9tat",job_started:"D\xE9but",job_counts:"Comptes",days_with_data:"{days} jours avec des \xE9coutes, du {first} au {last}",no_gaps:"Aucun trou d\u2019une semaine ou plus.",admin_only:"Seuls les administrateurs peuvent importer."},data:{export:"Exporter",export_path:"Fichier (dans un dossier autoris\xE9, p. ex. /media/encore.csv)",export_format:"Format",export_done:"{rows} lignes export\xE9es vers {path}.",purge:"Supprimer des \xE9coutes",purge_before:"\xC9coutes termin\xE9es avant le",purge_account:"De qui",purge_all:"Tous les comptes",purge_done:"{deleted} \xE9coutes supprim\xE9es.",retention:"Conservation",retention_text:"La dur\xE9e de conservation des \xE9coutes se r\xE8gle dans les param\xE8tres de l\u2019historique d\u2019Encore.",retention_open:"Ouvrir les param\xE8tres",run:"Lancer",purge_what:"Quoi supprimer",purge_everything:"Tout (chaque \xE9coute, quelle que soit sa date)",purge_check:"V\xE9rifier ce qui serait supprim\xE9",purge_nothing:"Aucune \xE9coute ne correspond : rien ne serait supprim\xE9.",purge_all_accounts:"tous les comptes",purge_range_before:"termin\xE9es avant le {date}",purge_range_everything:"toutes, quelle que soit leur date",purge_plan:"Ceci supprime {count} \xE9coutes de {whose}, {range}. C\u2019est irr\xE9versible.",purge_kept:"La liste des t\xE2ches et les statistiques de minutes d\u2019\xE9coute enregistr\xE9es par Home Assistant sont conserv\xE9es.",purge_confirm_button:"Supprimer {count} \xE9coutes",purge_cancel:"Annuler"},error:{generic:"Encore n\u2019a pas pu r\xE9pondre : {message}",closed:"L\u2019historique d\u2019\xE9coute n\u2019est pas ouvert."},card:{heatmap_name:"Carte de chaleur Encore",heatmap_description:"Quand le foyer \xE9coute : jour de la semaine par heure.",top_name:"Classement Encore",top_description:"Les artistes, titres, albums ou podcasts les plus \xE9cout\xE9s.",stats_name:"Statistiques d\u2019\xE9coute Encore",stats_description:"\xC9coutes, temps d\u2019\xE9coute, artistes, s\xE9rie et taux de saut.",title:"Titre",kind:"Quoi classer",limit:"Combien",period:"P\xE9riode",whose:"Historique de qui"}};var ze={title:"Luisteren",nav:{overview:"Overzicht",timeline:"Tijdlijn",import:"Importeren",data:"Gegevens"},period:{label:"Periode",today:"Vandaag",yesterday:"Gisteren",this_week:"Deze week",last_week:"Vorige week",this_month:"Deze maand",last_month:"Vorige maand",this_year:"Dit jaar",last_year:"Vorig jaar",all_time:"Altijd",custom:"Eigen periode",from:"Van",to:"Tot en met"},whose:{label:"Van wie",me:"Ik",everyone:"Het hele huishouden",account:"{title}",account_of:"{title} ({persons})"},tile:{plays:"Keer afgespeeld",time:"Luistertijd",artists:"Artiesten",tracks:"Nummers",new_artists:"Nieuwe artiesten",streak:"Reeks",streak_days:"{days} dagen",skip_rate:"Overslaan"},chart:{time_per:"Luistertijd per {grouping}",day:"dag",week:"week",month:"maand",heatmap:"Wanneer je luistert",heatmap_cell:"{day} {hour}:00, {minutes} min",coverage:"Wat de geschiedenis bevat",gap:"Gat: {start} \u2013 {end}",no_data:"Niets afgespeeld in deze periode."},weekday:{"0":"ma","1":"di","2":"wo","3":"do","4":"vr","5":"za","6":"zo"},top:{artist:"Topartiesten",track:"Topnummers",album:"Topalbums",show:"Toppodcasts",plays:"{plays} keer",share:"{share} van het afspelen"},item:{back:"Terug naar het overzicht",plays:"Keer afgespeeld in deze periode",time:"Tijd in deze periode",first:"Eerste keer",last:"Laatste keer",recent:"Laatst afgespeeld",devices:"Apparaten",hours:"Uren van de dag",play_on:"Afspelen op",play:"Afspelen",no_match:"Niets in de geschiedenis past bij \u201C{name}\u201D."},timeline:{more:"Meer laden",end:"Dat is alles in deze periode.",device:"Apparaat",source:"Bron",skipped:"overgeslagen"},source:{export_extended:"Spotify-export",export_account:"Spotify-export (accountgegevens)",spotify_recent:"Spotify recent afgespeeld",spotify_player:"Spotify-speler",sonos:"Sonos",media_player:"Mediaspeler"},import:{intro:"Zet hier de ZIP van je Spotify-gegevensexport neer, of kies hem.",choose:"Kies een bestand",account:"Account",start:"Importeren",uploading:"{file} uploaden\u2026",running:"{file} importeren: {percent} %, {rows} rijen",completed:"{imported} keer afgespeeld ge\xEFmporteerd ({duplicates} al bekend, {replaced} vervangen).",failed:"Het importeren is mislukt: {error}",jobs:"Taken",job_kind:"Soort",job_status:"Status",job_started:"Gestart",job_counts:"Aantallen",days_with_data:"{days} dagen met muziek, van {first} tot {last}",no_gaps:"Geen gaten van een week of langer.",admin_only:"Alleen beheerders kunnen importeren."},data:{export:"Exporteren",export_path:"Bestand (in een toegestane map, bijv. /media/encore.csv)",export_format:"Formaat",export_done:"{rows} rijen ge\xEBxporteerd naar {path}.",purge:"Afspeelgegevens verwijderen",purge_before:"Afspelingen die eindigden v\xF3\xF3r",purge_account:"Van wie",purge_all:"Alle accounts",purge_done:"{deleted} keer afgespeeld verwijderd.",retention:"Bewaartermijn",retention_text:"Hoe lang afspeelgegevens bewaard blijven, stel je in bij de geschiedenisinstellingen van Encore.",retention_open:"Instellingen openen",run:"Uitvoeren",purge_what:"Wat verwijderen",purge_everything:"Alles (elke afspeling, welke datum ook)",purge_check:"Controleren wat dit verwijdert",purge_nothing:"Geen afspeling komt overeen: er zou niets verwijderd worden.",purge_all_accounts:"alle accounts",purge_range_before:"die eindigden v\xF3\xF3r {date}",purge_range_everything:"allemaal, welke datum ook",purge_plan:"Dit verwijdert {count} afspelingen van {whose}, {range}. Dit kan niet ongedaan worden gemaakt.",purge_kept:"De takenlijst en de luisterminuten-statistieken die Home Assistant vastlegde blijven bewaard.",purge_confirm_button:"{count} afspelingen verwijderen",purge_cancel:"Annuleren"},error:{generic:"Encore kon niet antwoorden: {message}",closed:"De luistergeschiedenis is niet geopend."},card:{heatmap_name:"Encore-heatmap",heatmap_description:"Wanneer het huishouden luistert: weekdag per uur.",top_name:"Encore-toplijst",top_description:"De meest afgespeelde artiesten, nummers, albums of podcasts.",stats_name:"Encore-luisterstatistieken",stats_description:"Afspelen, luistertijd, artiesten, reeks en overslaan.",title:"Titel",kind:"Wat rangschikken",limit:"Hoeveel",period:"Periode",whose:"Wiens geschiedenis"}};var Oe={en:pe,de:He,nl:ze,fr:Ne,es:We};function Ue(s,e){let t=s;for(let r of e.split(".")){if(t===void 0||typeof t=="string")return;t=t[r]}return typeof t=="string"?t:void 0}function L(s){let e=(s??"en").toLowerCase().split("-")[0];return e in Oe?e:"en"}function m(s,e,t={}){return(Ue(Oe[L(s)],e)??Ue(pe,e)??e).replace(/\{(\w+)\}/g,(i,n)=>n in t?String(t[n]):i)}function Ie(s,e){let t=je(s),r=14,i=34,n=14;return h`<svg
    class="heatmap"
    viewBox="0 0 ${i+24*r} ${n+7*r}"
    role="img"
    aria-label=${m(e,"chart.heatmap")}
  >
    ${[0,6,12,18].map(o=>I`<text class="axis" x=${i+o*r} y="10">${o}</text>`)}
    ${s.map((o,c)=>I`
        <text class="axis" x="0" y=${n+c*r+11}>${m(e,`weekday.${c}`)}</text>
        ${o.map((a,d)=>I`<rect
            class=${a>0?"on":"off"}
            x=${i+d*r}
            y=${n+c*r}
            width=${r-2}
            height=${r-2}
            rx="2"
            fill-opacity=${a>0?De(a,t):1}
          ><title>${m(e,"chart.heatmap_cell",{day:m(e,`weekday.${c}`),hour:d,minutes:a})}</title></rect>`)}`)}
  </svg>`}var qe=T`
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
  ol.top.with-art li {
    grid-template-columns: 2ch 40px 1fr auto;
    align-items: center;
  }
  .art {
    display: block;
    object-fit: cover;
    border-radius: 4px;
    background: var(--secondary-background-color, #e5e5e5);
  }
  .art.round {
    border-radius: 50%;
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
  button.danger {
    background: var(--error-color, #db4437);
    color: #fff;
    border: none;
    border-radius: 18px;
    padding: 8px 16px;
    font: inherit;
    cursor: pointer;
  }
  form.purge {
    display: flex;
    flex-wrap: wrap;
    gap: 12px;
    align-items: end;
  }
  form.purge fieldset {
    border: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: 6px;
  }
  .purge-plan {
    margin-top: 12px;
    padding: 12px;
    border-radius: 8px;
    border: 1px solid var(--error-color, #db4437);
  }
  .purge-plan button {
    margin-right: 8px;
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
`;var dt=Me.filter(s=>s!=="custom"),S=class extends f{constructor(){super(...arguments);this._config={type:""};this._subscribed=""}get language(){return L(this.hass?.locale?.language??this.hass?.language)}t(t,r){return m(this.language,t,r)}setConfig(t){this._config={period:"this_week",whose:"me",...t}}getCardSize(){return 4}fields(){return Le({period:this._config.period??"this_week",whose:this._config.whose??"me"})}refreshed(){}connectedCallback(){super.connectedCallback(),this._subscribed="",this.requestUpdate()}disconnectedCallback(){super.disconnectedCallback(),this._stop()}_stop(){this._unsubscribe?.then(t=>t()).catch(()=>{}),this._unsubscribe=void 0}willUpdate(t){let r=JSON.stringify(this.fields());!this.hass||r===this._subscribed||(this._subscribed=r,this._stop(),this._unsubscribe=this.hass.connection.subscribeMessage(i=>{this._stats=i,this._error=void 0,this.refreshed()},{type:"encore/subscribe_stats",...this.fields()}),this._unsubscribe.catch(i=>{this._error=this.t("error.generic",{message:oe(i)})}))}frame(t,r){return h`<ha-card>
      <div class="card">
        <h2>${this._config.title??this.t(t)}</h2>
        ${this._error?h`<p class="error">${this._error}</p>`:r}
      </div>
    </ha-card>`}};S.properties={hass:{attribute:!1},_config:{state:!0},_stats:{state:!0},_error:{state:!0}},S.styles=[qe,T`
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
    `];var H=class extends S{static getStubConfig(){return{period:"this_month"}}static getConfigElement(){return document.createElement("encore-card-editor")}render(){return this.frame("chart.heatmap",this._stats?h`${Ie(this._stats.heatmap,this.language)}${this._said()}`:l)}_said(){return h`<div class="said">${this.t(`period.${this._stats?.period.name??"this_week"}`)}${this._stats?.said?`, ${this._stats.said}`:""}</div>`}},de=class extends H{getCardSize(){return 3}render(){let e=this._stats;if(!e)return this.frame("card.stats_name",l);let t=[["tile.plays",e.totals.plays.toLocaleString(this.language)],["tile.time",le(e.totals.ms_streamed/6e4)],["tile.artists",e.totals.artists.toLocaleString(this.language)],["tile.tracks",e.totals.tracks.toLocaleString(this.language)],["tile.new_artists",e.taste.new_artists_count.toLocaleString(this.language)],["tile.streak",this.t("tile.streak_days",{days:e.taste.streaks.current_days})],["tile.skip_rate",ce(e.skip_rate)]];return this.frame("card.stats_name",h`<div class="tiles">
          ${t.map(([r,i])=>h`<div class="tile"><div class="value">${i}</div><div class="label">${this.t(r)}</div></div>`)}
        </div>
        ${this._said()}`)}},q=class extends H{disconnectedCallback(){super.disconnectedCallback(),this._unsubscribeArtwork?.then(e=>e()).catch(()=>{}),this._unsubscribeArtwork=void 0,window.clearTimeout(this._artworkTimer),this._artworkTimer=void 0}_followArtwork(){!this.hass||this._unsubscribeArtwork||!this._top?.items.some(e=>!ae(e.image))||(this._unsubscribeArtwork=this.hass.connection.subscribeMessage(()=>{this._artworkTimer===void 0&&(this._artworkTimer=window.setTimeout(()=>{this._artworkTimer=void 0,this.refreshed()},Pe))},{type:"encore/subscribe_artwork"}),this._unsubscribeArtwork.catch(()=>{}))}static getStubConfig(){return{period:"this_month",kind:"artist",limit:5}}refreshed(){this.hass&&ne(this.hass,"top_items",{...this.fields(),kind:this._config.kind??"artist",limit:this._config.limit??5}).then(e=>{this._top=e,this._followArtwork()}).catch(e=>{this._error=this.t("error.generic",{message:oe(e)})})}render(){let e=this._config.kind??"artist",t=this._stats?.totals.plays??0;return this.frame(`top.${e}`,this._top?h`<ol class="top with-art">
              ${this._top.items.map(r=>h`<li>
                  <span class="rank">${r.rank}</span>
                  ${Re(r.image,e)}
                  <span class="name">${r.name}${r.artist?h` <span class="by">${r.artist}</span>`:l}</span>
                  <span class="figures"
                    >${this.t("top.plays",{plays:r.plays.toLocaleString(this.language)})}<br />${le(r.minutes)}${t?` \xB7 ${ce(r.plays/t)}`:""}</span
                  >
                </li>`)}
            </ol>
            ${this._said()}`:l)}};q.properties={...S.properties,_top:{state:!0}};var B=class extends f{setConfig(e){this._config=e}willUpdate(){this.hass&&!this._info&&(this._info={is_admin:!1,history_open:!0,accounts:[]},ne(this.hass,"info").then(e=>{this._info=e}).catch(()=>{}))}get _lang(){return L(this.hass?.locale?.language??this.hass?.language)}_options(e,t){return e.map(r=>({value:r,label:m(this._lang,`${t}.${r}`)}))}_schema(){let e=[{value:"me",label:m(this._lang,"whose.me")},...(this._info?.accounts??[]).map(r=>({value:r.config_entry_id,label:r.title})),{value:"everyone",label:m(this._lang,"whose.everyone")}],t=[{name:"title",selector:{text:{}}},{name:"period",selector:{select:{mode:"dropdown",options:this._options(dt,"period")}}},{name:"whose",selector:{select:{mode:"dropdown",options:e}}}];return this._config?.type==="custom:encore-top-card"&&t.push({name:"kind",selector:{select:{mode:"dropdown",options:["artist","track","album","show"].map(r=>({value:r,label:m(this._lang,`top.${r}`)}))}}},{name:"limit",selector:{number:{min:1,max:50,mode:"box"}}}),t}render(){return!this.hass||!this._config?l:h`<ha-form
      .hass=${this.hass}
      .data=${this._config}
      .schema=${this._schema()}
      .computeLabel=${e=>m(this._lang,`card.${e.name}`)}
      @value-changed=${e=>this._changed(e)}
    ></ha-form>`}_changed(e){e.stopPropagation(),this._config=e.detail.value,this.dispatchEvent(new CustomEvent("config-changed",{detail:{config:this._config},bubbles:!0,composed:!0}))}};B.properties={hass:{attribute:!1},_config:{state:!0},_info:{state:!0}};var ut=[["encore-heatmap-card",H],["encore-top-card",q],["encore-stats-card",de],["encore-card-editor",B]],ht=()=>{for(let[s,e]of ut)customElements.get(s)||customElements.define(s,e)};customElements.whenDefined("home-assistant").then(ht);var V=window;V.customCards=V.customCards??[];var Be=L(navigator.language);for(let[s,e]of[["encore-heatmap-card","heatmap"],["encore-top-card","top"],["encore-stats-card","stats"]])V.customCards.some(t=>t.type===s)||V.customCards.push({type:s,name:m(Be,`card.${e}_name`),description:m(Be,`card.${e}_description`),preview:!0,documentationURL:"https://github.com/encore-ha/encore#dashboard-cards"});export{B as EncoreCardEditor,H as EncoreHeatmapCard,de as EncoreStatsCard,q as EncoreTopCard};

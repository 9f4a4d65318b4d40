var q=globalThis,B=q.ShadowRoot&&(q.ShadyCSS===void 0||q.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype,J=Symbol(),ve=new WeakMap,L=class{constructor(t,e,s){if(this._$cssResult$=!0,s!==J)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=t,this.t=e}get styleSheet(){let t=this.o,e=this.t;if(B&&t===void 0){let s=e!==void 0&&e.length===1;s&&(t=ve.get(e)),t===void 0&&((this.o=t=new CSSStyleSheet).replaceSync(this.cssText),s&&ve.set(e,t))}return t}toString(){return this.cssText}},be=i=>new L(typeof i=="string"?i:i+"",void 0,J),C=(i,...t)=>{let e=i.length===1?i[0]:t.reduce((s,r,n)=>s+(a=>{if(a._$cssResult$===!0)return a.cssText;if(typeof a=="number")return a;throw Error("Value passed to 'css' function must be a 'css' function result: "+a+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")})(r)+i[n+1],i[0]);return new L(e,i,J)},$e=(i,t)=>{if(B)i.adoptedStyleSheets=t.map(e=>e instanceof CSSStyleSheet?e:e.styleSheet);else for(let e of t){let s=document.createElement("style"),r=q.litNonce;r!==void 0&&s.setAttribute("nonce",r),s.textContent=e.cssText,i.appendChild(s)}},Y=B?i=>i:i=>i instanceof CSSStyleSheet?(t=>{let e="";for(let s of t.cssRules)e+=s.cssText;return be(e)})(i):i;var{is:tt,defineProperty:st,getOwnPropertyDescriptor:rt,getOwnPropertyNames:it,getOwnPropertySymbols:nt,getPrototypeOf:at}=Object,V=globalThis,we=V.trustedTypes,ot=we?we.emptyScript:"",lt=V.reactiveElementPolyfillSupport,M=(i,t)=>i,X={toAttribute(i,t){switch(t){case Boolean:i=i?ot:null;break;case Object:case Array:i=i==null?i:JSON.stringify(i)}return i},fromAttribute(i,t){let e=i;switch(t){case Boolean:e=i!==null;break;case Number:e=i===null?null:Number(i);break;case Object:case Array:try{e=JSON.parse(i)}catch{e=null}}return e}},ke=(i,t)=>!tt(i,t),xe={attribute:!0,type:String,converter:X,reflect:!1,useDefault:!1,hasChanged:ke};Symbol.metadata??=Symbol("metadata"),V.litPropertyMetadata??=new WeakMap;var v=class extends HTMLElement{static addInitializer(t){this._$Ei(),(this.l??=[]).push(t)}static get observedAttributes(){return this.finalize(),this._$Eh&&[...this._$Eh.keys()]}static createProperty(t,e=xe){if(e.state&&(e.attribute=!1),this._$Ei(),this.prototype.hasOwnProperty(t)&&((e=Object.create(e)).wrapped=!0),this.elementProperties.set(t,e),!e.noAccessor){let s=Symbol(),r=this.getPropertyDescriptor(t,s,e);r!==void 0&&st(this.prototype,t,r)}}static getPropertyDescriptor(t,e,s){let{get:r,set:n}=rt(this.prototype,t)??{get(){return this[e]},set(a){this[e]=a}};return{get:r,set(a){let o=r?.call(this);n?.call(this,a),this.requestUpdate(t,o,s)},configurable:!0,enumerable:!0}}static getPropertyOptions(t){return this.elementProperties.get(t)??xe}static _$Ei(){if(this.hasOwnProperty(M("elementProperties")))return;let t=at(this);t.finalize(),t.l!==void 0&&(this.l=[...t.l]),this.elementProperties=new Map(t.elementProperties)}static finalize(){if(this.hasOwnProperty(M("finalized")))return;if(this.finalized=!0,this._$Ei(),this.hasOwnProperty(M("properties"))){let e=this.properties,s=[...it(e),...nt(e)];for(let r of s)this.createProperty(r,e[r])}let t=this[Symbol.metadata];if(t!==null){let e=litPropertyMetadata.get(t);if(e!==void 0)for(let[s,r]of e)this.elementProperties.set(s,r)}this._$Eh=new Map;for(let[e,s]of this.elementProperties){let r=this._$Eu(e,s);r!==void 0&&this._$Eh.set(r,e)}this.elementStyles=this.finalizeStyles(this.styles)}static finalizeStyles(t){let e=[];if(Array.isArray(t)){let s=new Set(t.flat(1/0).reverse());for(let r of s)e.unshift(Y(r))}else t!==void 0&&e.push(Y(t));return e}static _$Eu(t,e){let s=e.attribute;return s===!1?void 0:typeof s=="string"?s:typeof t=="string"?t.toLowerCase():void 0}constructor(){super(),this._$Ep=void 0,this.isUpdatePending=!1,this.hasUpdated=!1,this._$Em=null,this._$Ev()}_$Ev(){this._$ES=new Promise(t=>this.enableUpdating=t),this._$AL=new Map,this._$E_(),this.requestUpdate(),this.constructor.l?.forEach(t=>t(this))}addController(t){(this._$EO??=new Set).add(t),this.renderRoot!==void 0&&this.isConnected&&t.hostConnected?.()}removeController(t){this._$EO?.delete(t)}_$E_(){let t=new Map,e=this.constructor.elementProperties;for(let s of e.keys())this.hasOwnProperty(s)&&(t.set(s,this[s]),delete this[s]);t.size>0&&(this._$Ep=t)}createRenderRoot(){let t=this.shadowRoot??this.attachShadow(this.constructor.shadowRootOptions);return $e(t,this.constructor.elementStyles),t}connectedCallback(){this.renderRoot??=this.createRenderRoot(),this.enableUpdating(!0),this._$EO?.forEach(t=>t.hostConnected?.())}enableUpdating(t){}disconnectedCallback(){this._$EO?.forEach(t=>t.hostDisconnected?.())}attributeChangedCallback(t,e,s){this._$AK(t,s)}_$ET(t,e){let s=this.constructor.elementProperties.get(t),r=this.constructor._$Eu(t,s);if(r!==void 0&&s.reflect===!0){let n=(s.converter?.toAttribute!==void 0?s.converter:X).toAttribute(e,s.type);this._$Em=t,n==null?this.removeAttribute(r):this.setAttribute(r,n),this._$Em=null}}_$AK(t,e){let s=this.constructor,r=s._$Eh.get(t);if(r!==void 0&&this._$Em!==r){let n=s.getPropertyOptions(r),a=typeof n.converter=="function"?{fromAttribute:n.converter}:n.converter?.fromAttribute!==void 0?n.converter:X;this._$Em=r;let o=a.fromAttribute(e,n.type);this[r]=o??this._$Ej?.get(r)??o,this._$Em=null}}requestUpdate(t,e,s,r=!1,n){if(t!==void 0){let a=this.constructor;if(r===!1&&(n=this[t]),s??=a.getPropertyOptions(t),!((s.hasChanged??ke)(n,e)||s.useDefault&&s.reflect&&n===this._$Ej?.get(t)&&!this.hasAttribute(a._$Eu(t,s))))return;this.C(t,e,s)}this.isUpdatePending===!1&&(this._$ES=this._$EP())}C(t,e,{useDefault:s,reflect:r,wrapped:n},a){s&&!(this._$Ej??=new Map).has(t)&&(this._$Ej.set(t,a??e??this[t]),n!==!0||a!==void 0)||(this._$AL.has(t)||(this.hasUpdated||s||(e=void 0),this._$AL.set(t,e)),r===!0&&this._$Em!==t&&(this._$Eq??=new Set).add(t))}async _$EP(){this.isUpdatePending=!0;try{await this._$ES}catch(e){Promise.reject(e)}let t=this.scheduleUpdate();return t!=null&&await t,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){if(!this.isUpdatePending)return;if(!this.hasUpdated){if(this.renderRoot??=this.createRenderRoot(),this._$Ep){for(let[r,n]of this._$Ep)this[r]=n;this._$Ep=void 0}let s=this.constructor.elementProperties;if(s.size>0)for(let[r,n]of s){let{wrapped:a}=n,o=this[r];a!==!0||this._$AL.has(r)||o===void 0||this.C(r,void 0,n,o)}}let t=!1,e=this._$AL;try{t=this.shouldUpdate(e),t?(this.willUpdate(e),this._$EO?.forEach(s=>s.hostUpdate?.()),this.update(e)):this._$EM()}catch(s){throw t=!1,this._$EM(),s}t&&this._$AE(e)}willUpdate(t){}_$AE(t){this._$EO?.forEach(e=>e.hostUpdated?.()),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(t)),this.updated(t)}_$EM(){this._$AL=new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$ES}shouldUpdate(t){return!0}update(t){this._$Eq&&=this._$Eq.forEach(e=>this._$ET(e,this[e])),this._$EM()}updated(t){}firstUpdated(t){}};v.elementStyles=[],v.shadowRootOptions={mode:"open"},v[M("elementProperties")]=new Map,v[M("finalized")]=new Map,lt?.({ReactiveElement:v}),(V.reactiveElementVersions??=[]).push("2.1.2");var ae=globalThis,Ae=i=>i,F=ae.trustedTypes,Se=F?F.createPolicy("lit-html",{createHTML:i=>i}):void 0,Le="$lit$",w=`lit$${Math.random().toFixed(9).slice(2)}$`,Ce="?"+w,pt=`<${Ce}>`,E=document,j=()=>E.createComment(""),I=i=>i===null||typeof i!="object"&&typeof i!="function",oe=Array.isArray,ct=i=>oe(i)||typeof i?.[Symbol.iterator]=="function",ee=`[ 	
\f\r]`,H=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,Ee=/-->/g,Te=/>/g,A=RegExp(`>|${ee}(?:([^\\s"'>=/]+)(${ee}*=${ee}*(?:[^ 	
\f\r"'\`<>=]|("|')|))|$)`,"g"),Pe=/'/g,De=/"/g,Me=/^(?:script|style|textarea|title)$/i,le=i=>(t,...e)=>({_$litType$:i,strings:t,values:e}),p=le(1),D=le(2),St=le(3),y=Symbol.for("lit-noChange"),d=Symbol.for("lit-nothing"),Re=new WeakMap,S=E.createTreeWalker(E,129);function He(i,t){if(!oe(i)||!i.hasOwnProperty("raw"))throw Error("invalid template strings array");return Se!==void 0?Se.createHTML(t):t}var dt=(i,t)=>{let e=i.length-1,s=[],r,n=t===2?"<svg>":t===3?"<math>":"",a=H;for(let o=0;o<e;o++){let l=i[o],u,m,h=-1,g=0;for(;g<l.length&&(a.lastIndex=g,m=a.exec(l),m!==null);)g=a.lastIndex,a===H?m[1]==="!--"?a=Ee:m[1]!==void 0?a=Te:m[2]!==void 0?(Me.test(m[2])&&(r=RegExp("</"+m[2],"g")),a=A):m[3]!==void 0&&(a=A):a===A?m[0]===">"?(a=r??H,h=-1):m[1]===void 0?h=-2:(h=a.lastIndex-m[2].length,u=m[1],a=m[3]===void 0?A:m[3]==='"'?De:Pe):a===De||a===Pe?a=A:a===Ee||a===Te?a=H:(a=A,r=void 0);let c=a===A&&i[o+1].startsWith("/>")?" ":"";n+=a===H?l+pt:h>=0?(s.push(u),l.slice(0,h)+Le+l.slice(h)+w+c):l+w+(h===-2?o:c)}return[He(i,n+(i[e]||"<?>")+(t===2?"</svg>":t===3?"</math>":"")),s]},O=class i{constructor({strings:t,_$litType$:e},s){let r;this.parts=[];let n=0,a=0,o=t.length-1,l=this.parts,[u,m]=dt(t,e);if(this.el=i.createElement(u,s),S.currentNode=this.el.content,e===2||e===3){let h=this.el.content.firstChild;h.replaceWith(...h.childNodes)}for(;(r=S.nextNode())!==null&&l.length<o;){if(r.nodeType===1){if(r.hasAttributes())for(let h of r.getAttributeNames())if(h.endsWith(Le)){let g=m[a++],c=r.getAttribute(h).split(w),_=/([.?@])?(.*)/.exec(g);l.push({type:1,index:n,name:_[2],strings:c,ctor:_[1]==="."?se:_[1]==="?"?re:_[1]==="@"?ie:P}),r.removeAttribute(h)}else h.startsWith(w)&&(l.push({type:6,index:n}),r.removeAttribute(h));if(Me.test(r.tagName)){let h=r.textContent.split(w),g=h.length-1;if(g>0){r.textContent=F?F.emptyScript:"";for(let c=0;c<g;c++)r.append(h[c],j()),S.nextNode(),l.push({type:2,index:++n});r.append(h[g],j())}}}else if(r.nodeType===8)if(r.data===Ce)l.push({type:2,index:n});else{let h=-1;for(;(h=r.data.indexOf(w,h+1))!==-1;)l.push({type:7,index:n}),h+=w.length-1}n++}}static createElement(t,e){let s=E.createElement("template");return s.innerHTML=t,s}};function T(i,t,e=i,s){if(t===y)return t;let r=s!==void 0?e._$Co?.[s]:e._$Cl,n=I(t)?void 0:t._$litDirective$;return r?.constructor!==n&&(r?._$AO?.(!1),n===void 0?r=void 0:(r=new n(i),r._$AT(i,e,s)),s!==void 0?(e._$Co??=[])[s]=r:e._$Cl=r),r!==void 0&&(t=T(i,r._$AS(i,t.values),r,s)),t}var te=class{constructor(t,e){this._$AV=[],this._$AN=void 0,this._$AD=t,this._$AM=e}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(t){let{el:{content:e},parts:s}=this._$AD,r=(t?.creationScope??E).importNode(e,!0);S.currentNode=r;let n=S.nextNode(),a=0,o=0,l=s[0];for(;l!==void 0;){if(a===l.index){let u;l.type===2?u=new N(n,n.nextSibling,this,t):l.type===1?u=new l.ctor(n,l.name,l.strings,this,t):l.type===6&&(u=new ne(n,this,t)),this._$AV.push(u),l=s[++o]}a!==l?.index&&(n=S.nextNode(),a++)}return S.currentNode=E,r}p(t){let e=0;for(let s of this._$AV)s!==void 0&&(s.strings!==void 0?(s._$AI(t,s,e),e+=s.strings.length-2):s._$AI(t[e])),e++}},N=class i{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(t,e,s,r){this.type=2,this._$AH=d,this._$AN=void 0,this._$AA=t,this._$AB=e,this._$AM=s,this.options=r,this._$Cv=r?.isConnected??!0}get parentNode(){let t=this._$AA.parentNode,e=this._$AM;return e!==void 0&&t?.nodeType===11&&(t=e.parentNode),t}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(t,e=this){t=T(this,t,e),I(t)?t===d||t==null||t===""?(this._$AH!==d&&this._$AR(),this._$AH=d):t!==this._$AH&&t!==y&&this._(t):t._$litType$!==void 0?this.$(t):t.nodeType!==void 0?this.T(t):ct(t)?this.k(t):this._(t)}O(t){return this._$AA.parentNode.insertBefore(t,this._$AB)}T(t){this._$AH!==t&&(this._$AR(),this._$AH=this.O(t))}_(t){this._$AH!==d&&I(this._$AH)?this._$AA.nextSibling.data=t:this.T(E.createTextNode(t)),this._$AH=t}$(t){let{values:e,_$litType$:s}=t,r=typeof s=="number"?this._$AC(t):(s.el===void 0&&(s.el=O.createElement(He(s.h,s.h[0]),this.options)),s);if(this._$AH?._$AD===r)this._$AH.p(e);else{let n=new te(r,this),a=n.u(this.options);n.p(e),this.T(a),this._$AH=n}}_$AC(t){let e=Re.get(t.strings);return e===void 0&&Re.set(t.strings,e=new O(t)),e}k(t){oe(this._$AH)||(this._$AH=[],this._$AR());let e=this._$AH,s,r=0;for(let n of t)r===e.length?e.push(s=new i(this.O(j()),this.O(j()),this,this.options)):s=e[r],s._$AI(n),r++;r<e.length&&(this._$AR(s&&s._$AB.nextSibling,r),e.length=r)}_$AR(t=this._$AA.nextSibling,e){for(this._$AP?.(!1,!0,e);t!==this._$AB;){let s=Ae(t).nextSibling;Ae(t).remove(),t=s}}setConnected(t){this._$AM===void 0&&(this._$Cv=t,this._$AP?.(t))}},P=class{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(t,e,s,r,n){this.type=1,this._$AH=d,this._$AN=void 0,this.element=t,this.name=e,this._$AM=r,this.options=n,s.length>2||s[0]!==""||s[1]!==""?(this._$AH=Array(s.length-1).fill(new String),this.strings=s):this._$AH=d}_$AI(t,e=this,s,r){let n=this.strings,a=!1;if(n===void 0)t=T(this,t,e,0),a=!I(t)||t!==this._$AH&&t!==y,a&&(this._$AH=t);else{let o=t,l,u;for(t=n[0],l=0;l<n.length-1;l++)u=T(this,o[s+l],e,l),u===y&&(u=this._$AH[l]),a||=!I(u)||u!==this._$AH[l],u===d?t=d:t!==d&&(t+=(u??"")+n[l+1]),this._$AH[l]=u}a&&!r&&this.j(t)}j(t){t===d?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,t??"")}},se=class extends P{constructor(){super(...arguments),this.type=3}j(t){this.element[this.name]=t===d?void 0:t}},re=class extends P{constructor(){super(...arguments),this.type=4}j(t){this.element.toggleAttribute(this.name,!!t&&t!==d)}},ie=class extends P{constructor(t,e,s,r,n){super(t,e,s,r,n),this.type=5}_$AI(t,e=this){if((t=T(this,t,e,0)??d)===y)return;let s=this._$AH,r=t===d&&s!==d||t.capture!==s.capture||t.once!==s.once||t.passive!==s.passive,n=t!==d&&(s===d||r);r&&this.element.removeEventListener(this.name,this,s),n&&this.element.addEventListener(this.name,this,t),this._$AH=t}handleEvent(t){typeof this._$AH=="function"?this._$AH.call(this.options?.host??this.element,t):this._$AH.handleEvent(t)}},ne=class{constructor(t,e,s){this.element=t,this.type=6,this._$AN=void 0,this._$AM=e,this.options=s}get _$AU(){return this._$AM._$AU}_$AI(t){T(this,t)}};var ut=ae.litHtmlPolyfillSupport;ut?.(O,N),(ae.litHtmlVersions??=[]).push("3.3.3");var je=(i,t,e)=>{let s=e?.renderBefore??t,r=s._$litPart$;if(r===void 0){let n=e?.renderBefore??null;s._$litPart$=r=new N(t.insertBefore(j(),n),n,void 0,e??{})}return r._$AI(i),r};var pe=globalThis,x=class extends v{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){let t=super.createRenderRoot();return this.renderOptions.renderBefore??=t.firstChild,t}update(t){let e=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(t),this._$Do=je(e,this.renderRoot,this.renderOptions)}connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(!0)}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(!1)}render(){return y}};x._$litElement$=!0,x.finalized=!0,pe.litElementHydrateSupport?.({LitElement:x});var ht=pe.litElementPolyfillSupport;ht?.({LitElement:x});(pe.litElementVersions??=[]).push("4.2.2");var Ie=i=>(...t)=>({_$litDirective$:i,values:t}),G=class{constructor(t){}get _$AU(){return this._$AM._$AU}_$AT(t,e,s){this._$Ct=t,this._$AM=e,this._$Ci=s}_$AS(t,e){return this.update(t,e)}update(t,e){return this.render(...e)}};var mt={},K=Ie(class extends G{constructor(){super(...arguments),this.ot=mt}render(i,t){return t()}update(i,[t,e]){if(Array.isArray(t)){if(Array.isArray(this.ot)&&this.ot.length===t.length&&t.every((s,r)=>s===this.ot[r]))return y}else if(this.ot===t)return y;return this.ot=Array.isArray(t)?Array.from(t):t,this.render(t,e)}});function f(i,t,e={}){return i.callWS({type:`encore/${t}`,...e})}function Z(i){return i&&typeof i=="object"&&"message"in i?String(i.message):String(i)}var Oe=5e3;function ce(i){return typeof i=="string"&&i.startsWith("https://")}function de(i,t,e=40){let s=t==="artist"?" round":"";return ce(i)?p`<img
    class="art${s}"
    src=${i}
    width=${e}
    height=${e}
    alt=""
    loading="lazy"
    decoding="async"
    referrerpolicy="no-referrer"
  />`:p`<span class="art none${s}" style="width:${e}px;height:${e}px" aria-hidden="true"></span>`}function ue(i){return i.toISOString().slice(0,10)}function R(i){return new Date(`${i}T00:00:00Z`)}function _t(i){let t=R(i),e=(t.getUTCDay()+6)%7;return ue(new Date(t.getTime()-e*864e5))}function he(i,t){let e=new Map;for(let[s,r]of i){let n=t==="day"?s:t==="week"?_t(s):`${s.slice(0,7)}-01`;e.set(n,(e.get(n)??0)+r)}return[...e.entries()].map(([s,r])=>({start:s,minutes:r}))}function Ne(i){if(i.length===0)return"day";let t=(R(i[i.length-1][0]).getTime()-R(i[0][0]).getTime())/864e5;return t<=62?"day":t<=731?"week":"month"}function me(i){if(i.length===0)return[];let t=new Map(i),e=[],s=R(i[i.length-1][0]).getTime();for(let r=R(i[0][0]).getTime();r<=s;r+=864e5){let n=ue(new Date(r));e.push([n,t.get(n)??0])}return e}function k(i){let t=Math.round(i);if(t<60)return`${t} min`;let e=Math.floor(t/60),s=t%60;return`${e.toLocaleString()} h ${String(s).padStart(2,"0")} min`}function _e(i){return`${Math.round(i*100)} %`}function We(i,t){return i<=0||t<=0?0:Math.round((.15+.85*Math.sqrt(i/t))*100)/100}function ze(i){return Math.max(0,...i.map(t=>Math.max(0,...t)))}var ge=["today","yesterday","this_week","last_week","this_month","last_month","this_year","last_year","all_time","custom"];function Ue(i){let t={period:i.period};return i.period==="custom"&&(i.start&&(t.start=`${i.start}T00:00:00`),i.end&&(t.end=`${ue(new Date(R(i.end).getTime()+864e5))}T00:00:00`)),i.whose==="everyone"?t.everyone=!0:i.whose!=="me"&&(t.config_entry_id=i.whose),t}function W(i){let[t,e=""]=i.replace(/^#\/?/,"").split("?"),s={};for(let[r,n]of new URLSearchParams(e))s[r]=n;return{page:t||"overview",params:s}}function z(i,t={}){let e=new URLSearchParams;for(let[r,n]of Object.entries(t))n!==void 0&&n!==""&&e.set(r,n);let s=e.toString();return`#/${i}${s?`?${s}`:""}`}var qe={title:"H\xF6ren",nav:{overview:"\xDCbersicht",timeline:"Verlauf",import:"Import",data:"Daten"},period:{label:"Zeitraum",today:"Heute",yesterday:"Gestern",this_week:"Diese Woche",last_week:"Letzte Woche",this_month:"Dieser Monat",last_month:"Letzter Monat",this_year:"Dieses Jahr",last_year:"Letztes Jahr",all_time:"Gesamte Zeit",custom:"Eigener Zeitraum",from:"Von",to:"Bis"},whose:{label:"Wessen",me:"Ich",everyone:"Der ganze Haushalt",account:"{title}",account_of:"{title} ({persons})"},tile:{plays:"Wiedergaben",time:"H\xF6rzeit",artists:"K\xFCnstler",tracks:"Titel",new_artists:"Neue K\xFCnstler",streak:"Serie",streak_days:"{days} Tage",skip_rate:"\xDCberspringquote"},chart:{time_per:"H\xF6rzeit pro {grouping}",day:"Tag",week:"Woche",month:"Monat",heatmap:"Wann du h\xF6rst",heatmap_cell:"{day} {hour}:00, {minutes} Min.",coverage:"Was der Verlauf enth\xE4lt",gap:"L\xFCcke: {start} \u2013 {end}",no_data:"In diesem Zeitraum wurde nichts geh\xF6rt."},weekday:{"0":"Mo","1":"Di","2":"Mi","3":"Do","4":"Fr","5":"Sa","6":"So"},top:{artist:"Top-K\xFCnstler",track:"Top-Titel",album:"Top-Alben",show:"Top-Podcasts",plays:"{plays} Wiedergaben",share:"{share} der Wiedergaben"},item:{back:"Zur\xFCck zur \xDCbersicht",plays:"Wiedergaben im Zeitraum",time:"Zeit im Zeitraum",first:"Erste Wiedergabe",last:"Letzte Wiedergabe",recent:"Letzte Wiedergaben",devices:"Ger\xE4te",hours:"Tageszeiten",play_on:"Abspielen auf",play:"Abspielen",no_match:"Nichts im Verlauf passt zu \u201E{name}\u201C."},timeline:{more:"Mehr laden",end:"Das ist alles in diesem Zeitraum.",device:"Ger\xE4t",source:"Quelle",skipped:"\xFCbersprungen"},source:{export_extended:"Spotify-Export",export_account:"Spotify-Export (Kontodaten)",spotify_recent:"Spotify \u201EZuletzt geh\xF6rt\u201C",spotify_player:"Spotify-Player",sonos:"Sonos",media_player:"Mediaplayer"},import:{intro:"Lege hier das ZIP deines Spotify-Datenexports ab oder w\xE4hle es aus.",choose:"Datei w\xE4hlen",account:"Konto",start:"Importieren",uploading:"{file} wird hochgeladen\u2026",running:"{file} wird importiert: {percent} %, {rows} Zeilen",completed:"{imported} Wiedergaben importiert ({duplicates} schon bekannt, {replaced} ersetzt).",failed:"Der Import ist fehlgeschlagen: {error}",jobs:"Auftr\xE4ge",job_kind:"Art",job_status:"Status",job_started:"Begonnen",job_counts:"Zahlen",days_with_data:"{days} Tage mit Wiedergaben, von {first} bis {last}",no_gaps:"Keine L\xFCcken von einer Woche oder mehr.",admin_only:"Nur Administratoren k\xF6nnen importieren."},data:{export:"Exportieren",export_path:"Datei (in einem erlaubten Ordner, z. B. /media/encore.csv)",export_format:"Format",export_done:"{rows} Zeilen nach {path} exportiert.",purge:"Wiedergaben l\xF6schen",purge_before:"Wiedergaben, die endeten vor dem",purge_account:"Wessen Wiedergaben",purge_all:"Alle Konten",purge_done:"{deleted} Wiedergaben gel\xF6scht.",retention:"Aufbewahrung",retention_text:"Wie lange Wiedergaben aufbewahrt werden, legst du in Encores Verlaufseinstellungen fest.",retention_open:"Einstellungen \xF6ffnen",run:"Ausf\xFChren",purge_what:"Was gel\xF6scht wird",purge_everything:"Alles (jede Wiedergabe, egal welches Datum)",purge_check:"Pr\xFCfen, was gel\xF6scht w\xFCrde",purge_nothing:"Keine Wiedergabe passt: Es w\xFCrde nichts gel\xF6scht.",purge_all_accounts:"allen Konten",purge_range_before:"die vor dem {date} endeten",purge_range_everything:"alle, egal welches Datum",purge_plan:"Das l\xF6scht {count} Wiedergaben von {whose}, {range}. Das l\xE4sst sich nicht r\xFCckg\xE4ngig machen.",purge_kept:"Die Aufgabenliste und die von Home Assistant aufgezeichneten H\xF6rminuten-Statistiken bleiben erhalten.",purge_confirm_button:"{count} Wiedergaben l\xF6schen",purge_cancel:"Abbrechen"},error:{generic:"Encore konnte nicht antworten: {message}",closed:"Der H\xF6rverlauf ist nicht ge\xF6ffnet."},card:{heatmap_name:"Encore-Heatmap",heatmap_description:"Wann der Haushalt h\xF6rt: Wochentag nach Stunde.",top_name:"Encore-Topliste",top_description:"Die meistgeh\xF6rten K\xFCnstler, Titel, Alben oder Podcasts.",stats_name:"Encore-H\xF6rstatistik",stats_description:"Wiedergaben, H\xF6rzeit, K\xFCnstler, Serie und \xDCberspringquote.",title:"Titel",kind:"Was ranken",limit:"Wie viele",period:"Zeitraum",whose:"Wessen Verlauf"}};var fe={title:"Listening",nav:{overview:"Overview",timeline:"Timeline",import:"Import",data:"Data"},period:{label:"Period",today:"Today",yesterday:"Yesterday",this_week:"This week",last_week:"Last week",this_month:"This month",last_month:"Last month",this_year:"This year",last_year:"Last year",all_time:"All time",custom:"Custom range",from:"From",to:"To"},whose:{label:"Whose",me:"Me",everyone:"The whole household",account:"{title}",account_of:"{title} ({persons})"},tile:{plays:"Plays",time:"Listening time",artists:"Artists",tracks:"Songs",new_artists:"New artists",streak:"Streak",streak_days:"{days} days",skip_rate:"Skip rate"},chart:{time_per:"Listening time per {grouping}",day:"day",week:"week",month:"month",heatmap:"When you listen",heatmap_cell:"{day} {hour}:00, {minutes} min",coverage:"What the history holds",gap:"Gap: {start} \u2013 {end}",no_data:"Nothing played in this period."},weekday:{"0":"Mon","1":"Tue","2":"Wed","3":"Thu","4":"Fri","5":"Sat","6":"Sun"},top:{artist:"Top artists",track:"Top tracks",album:"Top albums",show:"Top podcasts",plays:"{plays} plays",share:"{share} of plays"},item:{back:"Back to the overview",plays:"Plays in this period",time:"Time in this period",first:"First play",last:"Last play",recent:"Latest plays",devices:"Devices",hours:"Hours of the day",play_on:"Play on",play:"Play",no_match:"Nothing in the history matches \u201C{name}\u201D."},timeline:{more:"Load more",end:"That is everything in this period.",device:"Device",source:"Source",skipped:"skipped"},source:{export_extended:"Spotify export",export_account:"Spotify export (account data)",spotify_recent:"Spotify recently played",spotify_player:"Spotify player",sonos:"Sonos",media_player:"Media player"},import:{intro:"Drop the ZIP of your Spotify data export here, or choose it.",choose:"Choose a file",account:"Account",start:"Import",uploading:"Uploading {file}\u2026",running:"Importing {file}: {percent} %, {rows} rows",completed:"Imported {imported} plays ({duplicates} already known, {replaced} replaced).",failed:"The import failed: {error}",jobs:"Jobs",job_kind:"Kind",job_status:"Status",job_started:"Started",job_counts:"Counts",days_with_data:"{days} days with plays, from {first} to {last}",no_gaps:"No gaps of a week or more.",admin_only:"Only administrators can import."},data:{export:"Export",export_path:"File (in an allowed folder, e.g. /media/encore.csv)",export_format:"Format",export_done:"Exported {rows} rows to {path}.",purge:"Delete plays",purge_before:"Plays that ended before",purge_account:"Whose plays",purge_all:"Every account",purge_done:"Deleted {deleted} plays.",retention:"Retention",retention_text:"How long plays are kept is set in Encore's history settings.",retention_open:"Open the settings",run:"Run",purge_what:"What to delete",purge_everything:"Everything (every play, whatever its date)",purge_check:"Check what this deletes",purge_nothing:"No play matches: nothing would be deleted.",purge_all_accounts:"every account",purge_range_before:"that ended before {date}",purge_range_everything:"all of them, whatever their date",purge_plan:"This deletes {count} plays of {whose}, {range}. It cannot be undone.",purge_kept:"The job list and the listening-minutes statistics Home Assistant recorded are kept.",purge_confirm_button:"Delete {count} plays",purge_cancel:"Cancel"},error:{generic:"Encore could not answer: {message}",closed:"The listening history is not open."},card:{heatmap_name:"Encore heatmap",heatmap_description:"When the household listens: weekday by hour.",top_name:"Encore top list",top_description:"The most played artists, tracks, albums or podcasts.",stats_name:"Encore listening stats",stats_description:"Plays, listening time, artists, streak and skip rate.",title:"Title",kind:"What to rank",limit:"How many",period:"Period",whose:"Whose history"}};var Be={title:"Escucha",nav:{overview:"Resumen",timeline:"Cronolog\xEDa",import:"Importar",data:"Datos"},period:{label:"Periodo",today:"Hoy",yesterday:"Ayer",this_week:"Esta semana",last_week:"La semana pasada",this_month:"Este mes",last_month:"El mes pasado",this_year:"Este a\xF1o",last_year:"El a\xF1o pasado",all_time:"Desde siempre",custom:"Periodo personalizado",from:"Desde",to:"Hasta"},whose:{label:"De qui\xE9n",me:"Yo",everyone:"Todo el hogar",account:"{title}",account_of:"{title} ({persons})"},tile:{plays:"Reproducciones",time:"Tiempo de escucha",artists:"Artistas",tracks:"Canciones",new_artists:"Artistas nuevos",streak:"Racha",streak_days:"{days} d\xEDas",skip_rate:"Tasa de saltos"},chart:{time_per:"Tiempo de escucha por {grouping}",day:"d\xEDa",week:"semana",month:"mes",heatmap:"Cu\xE1ndo escuchas",heatmap_cell:"{day} {hour}:00, {minutes} min",coverage:"Lo que contiene el historial",gap:"Hueco: {start} \u2013 {end}",no_data:"No se escuch\xF3 nada en este periodo."},weekday:{"0":"lun","1":"mar","2":"mi\xE9","3":"jue","4":"vie","5":"s\xE1b","6":"dom"},top:{artist:"Artistas principales",track:"Canciones principales",album:"\xC1lbumes principales",show:"P\xF3dcasts principales",plays:"{plays} reproducciones",share:"{share} de las reproducciones"},item:{back:"Volver al resumen",plays:"Reproducciones en el periodo",time:"Tiempo en el periodo",first:"Primera reproducci\xF3n",last:"\xDAltima reproducci\xF3n",recent:"\xDAltimas reproducciones",devices:"Dispositivos",hours:"Horas del d\xEDa",play_on:"Reproducir en",play:"Reproducir",no_match:"Nada en el historial coincide con \xAB{name}\xBB."},timeline:{more:"Cargar m\xE1s",end:"Eso es todo en este periodo.",device:"Dispositivo",source:"Origen",skipped:"saltada"},source:{export_extended:"Exportaci\xF3n de Spotify",export_account:"Exportaci\xF3n de Spotify (datos de la cuenta)",spotify_recent:"Spotify, escuchado recientemente",spotify_player:"Reproductor de Spotify",sonos:"Sonos",media_player:"Reproductor multimedia"},import:{intro:"Suelta aqu\xED el ZIP de tu exportaci\xF3n de datos de Spotify, o el\xEDgelo.",choose:"Elegir un archivo",account:"Cuenta",start:"Importar",uploading:"Subiendo {file}\u2026",running:"Importando {file}: {percent} %, {rows} filas",completed:"Se importaron {imported} reproducciones ({duplicates} ya conocidas, {replaced} sustituidas).",failed:"La importaci\xF3n fall\xF3: {error}",jobs:"Tareas",job_kind:"Tipo",job_status:"Estado",job_started:"Inicio",job_counts:"Cifras",days_with_data:"{days} d\xEDas con reproducciones, del {first} al {last}",no_gaps:"Sin huecos de una semana o m\xE1s.",admin_only:"Solo los administradores pueden importar."},data:{export:"Exportar",export_path:"Archivo (en una carpeta permitida, p. ej. /media/encore.csv)",export_format:"Formato",export_done:"Se exportaron {rows} filas a {path}.",purge:"Borrar reproducciones",purge_before:"Reproducciones que terminaron antes del",purge_account:"De qui\xE9n",purge_all:"Todas las cuentas",purge_done:"Se borraron {deleted} reproducciones.",retention:"Conservaci\xF3n",retention_text:"Cu\xE1nto tiempo se guardan las reproducciones se ajusta en la configuraci\xF3n del historial de Encore.",retention_open:"Abrir la configuraci\xF3n",run:"Ejecutar",purge_what:"Qu\xE9 borrar",purge_everything:"Todo (cada reproducci\xF3n, sea cual sea su fecha)",purge_check:"Comprobar qu\xE9 se borrar\xEDa",purge_nothing:"Ninguna reproducci\xF3n coincide: no se borrar\xEDa nada.",purge_all_accounts:"todas las cuentas",purge_range_before:"que terminaron antes del {date}",purge_range_everything:"todas, sea cual sea su fecha",purge_plan:"Esto borra {count} reproducciones de {whose}, {range}. No se puede deshacer.",purge_kept:"Se conservan la lista de tareas y las estad\xEDsticas de minutos de escucha que registr\xF3 Home Assistant.",purge_confirm_button:"Borrar {count} reproducciones",purge_cancel:"Cancelar"},error:{generic:"Encore no pudo responder: {message}",closed:"El historial de escucha no est\xE1 abierto."},card:{heatmap_name:"Mapa de calor de Encore",heatmap_description:"Cu\xE1ndo escucha el hogar: d\xEDa de la semana por hora.",top_name:"Lista de \xE9xitos de Encore",top_description:"Los artistas, canciones, \xE1lbumes o p\xF3dcasts m\xE1s escuchados.",stats_name:"Estad\xEDsticas de escucha de Encore",stats_description:"Reproducciones, tiempo de escucha, artistas, racha y tasa de saltos.",title:"T\xEDtulo",kind:"Qu\xE9 clasificar",limit:"Cu\xE1ntos",period:"Periodo",whose:"Historial de qui\xE9n"}};var Ve={title:"\xC9coute",nav:{overview:"Aper\xE7u",timeline:"Chronologie",import:"Importer",data:"Donn\xE9es"},period:{label:"P\xE9riode",today:"Aujourd\u2019hui",yesterday:"Hier",this_week:"Cette semaine",last_week:"La semaine derni\xE8re",this_month:"Ce mois-ci",last_month:"Le mois dernier",this_year:"Cette ann\xE9e",last_year:"L\u2019ann\xE9e derni\xE8re",all_time:"Depuis toujours",custom:"P\xE9riode personnalis\xE9e",from:"Du",to:"Au"},whose:{label:"De qui",me:"Moi",everyone:"Tout le foyer",account:"{title}",account_of:"{title} ({persons})"},tile:{plays:"\xC9coutes",time:"Temps d\u2019\xE9coute",artists:"Artistes",tracks:"Titres",new_artists:"Nouveaux artistes",streak:"S\xE9rie",streak_days:"{days} jours",skip_rate:"Taux de saut"},chart:{time_per:"Temps d\u2019\xE9coute par {grouping}",day:"jour",week:"semaine",month:"mois",heatmap:"Quand vous \xE9coutez",heatmap_cell:"{day} {hour}:00, {minutes} min",coverage:"Ce que contient l\u2019historique",gap:"Trou : {start} \u2013 {end}",no_data:"Rien d\u2019\xE9cout\xE9 pendant cette p\xE9riode."},weekday:{"0":"lun","1":"mar","2":"mer","3":"jeu","4":"ven","5":"sam","6":"dim"},top:{artist:"Artistes pr\xE9f\xE9r\xE9s",track:"Titres pr\xE9f\xE9r\xE9s",album:"Albums pr\xE9f\xE9r\xE9s",show:"Podcasts pr\xE9f\xE9r\xE9s",plays:"{plays} \xE9coutes",share:"{share} des \xE9coutes"},item:{back:"Retour \xE0 l\u2019aper\xE7u",plays:"\xC9coutes sur la p\xE9riode",time:"Temps sur la p\xE9riode",first:"Premi\xE8re \xE9coute",last:"Derni\xE8re \xE9coute",recent:"Derni\xE8res \xE9coutes",devices:"Appareils",hours:"Heures de la journ\xE9e",play_on:"Lire sur",play:"Lire",no_match:"Rien dans l\u2019historique ne correspond \xE0 \xAB {name} \xBB."},timeline:{more:"Charger plus",end:"C\u2019est tout pour cette p\xE9riode.",device:"Appareil",source:"Source",skipped:"pass\xE9"},source:{export_extended:"Export Spotify",export_account:"Export Spotify (donn\xE9es du compte)",spotify_recent:"Spotify, \xE9cout\xE9s r\xE9cemment",spotify_player:"Lecteur Spotify",sonos:"Sonos",media_player:"Lecteur multim\xE9dia"},import:{intro:"D\xE9posez ici le ZIP de votre export de donn\xE9es Spotify, ou choisissez-le.",choose:"Choisir un fichier",account:"Compte",start:"Importer",uploading:"Envoi de {file}\u2026",running:"Import de {file} : {percent} %, {rows} lignes",completed:"{imported} \xE9coutes import\xE9es ({duplicates} d\xE9j\xE0 connues, {replaced} remplac\xE9es).",failed:"L\u2019import a \xE9chou\xE9 : {error}",jobs:"T\xE2ches",job_kind:"Type",job_status:"\xC9tat",job_started:"D\xE9but",job_counts:"Comptes",days_with_data:"{days} jours avec des \xE9coutes, du {first} au {last}",no_gaps:"Aucun trou d\u2019une semaine ou plus.",admin_only:"Seuls les administrateurs peuvent importer."},data:{export:"Exporter",export_path:"Fichier (dans un dossier autoris\xE9, p. ex. /media/encore.csv)",export_format:"Format",export_done:"{rows} lignes export\xE9es vers {path}.",purge:"Supprimer des \xE9coutes",purge_before:"\xC9coutes termin\xE9es avant le",purge_account:"De qui",purge_all:"Tous les comptes",purge_done:"{deleted} \xE9coutes supprim\xE9es.",retention:"Conservation",retention_text:"La dur\xE9e de conservation des \xE9coutes se r\xE8gle dans les param\xE8tres de l\u2019historique d\u2019Encore.",retention_open:"Ouvrir les param\xE8tres",run:"Lancer",purge_what:"Quoi supprimer",purge_everything:"Tout (chaque \xE9coute, quelle que soit sa date)",purge_check:"V\xE9rifier ce qui serait supprim\xE9",purge_nothing:"Aucune \xE9coute ne correspond : rien ne serait supprim\xE9.",purge_all_accounts:"tous les comptes",purge_range_before:"termin\xE9es avant le {date}",purge_range_everything:"toutes, quelle que soit leur date",purge_plan:"Ceci supprime {count} \xE9coutes de {whose}, {range}. C\u2019est irr\xE9versible.",purge_kept:"La liste des t\xE2ches et les statistiques de minutes d\u2019\xE9coute enregistr\xE9es par Home Assistant sont conserv\xE9es.",purge_confirm_button:"Supprimer {count} \xE9coutes",purge_cancel:"Annuler"},error:{generic:"Encore n\u2019a pas pu r\xE9pondre : {message}",closed:"L\u2019historique d\u2019\xE9coute n\u2019est pas ouvert."},card:{heatmap_name:"Carte de chaleur Encore",heatmap_description:"Quand le foyer \xE9coute : jour de la semaine par heure.",top_name:"Classement Encore",top_description:"Les artistes, titres, albums ou podcasts les plus \xE9cout\xE9s.",stats_name:"Statistiques d\u2019\xE9coute Encore",stats_description:"\xC9coutes, temps d\u2019\xE9coute, artistes, s\xE9rie et taux de saut.",title:"Titre",kind:"Quoi classer",limit:"Combien",period:"P\xE9riode",whose:"Historique de qui"}};var Fe={title:"Luisteren",nav:{overview:"Overzicht",timeline:"Tijdlijn",import:"Importeren",data:"Gegevens"},period:{label:"Periode",today:"Vandaag",yesterday:"Gisteren",this_week:"Deze week",last_week:"Vorige week",this_month:"Deze maand",last_month:"Vorige maand",this_year:"Dit jaar",last_year:"Vorig jaar",all_time:"Altijd",custom:"Eigen periode",from:"Van",to:"Tot en met"},whose:{label:"Van wie",me:"Ik",everyone:"Het hele huishouden",account:"{title}",account_of:"{title} ({persons})"},tile:{plays:"Keer afgespeeld",time:"Luistertijd",artists:"Artiesten",tracks:"Nummers",new_artists:"Nieuwe artiesten",streak:"Reeks",streak_days:"{days} dagen",skip_rate:"Overslaan"},chart:{time_per:"Luistertijd per {grouping}",day:"dag",week:"week",month:"maand",heatmap:"Wanneer je luistert",heatmap_cell:"{day} {hour}:00, {minutes} min",coverage:"Wat de geschiedenis bevat",gap:"Gat: {start} \u2013 {end}",no_data:"Niets afgespeeld in deze periode."},weekday:{"0":"ma","1":"di","2":"wo","3":"do","4":"vr","5":"za","6":"zo"},top:{artist:"Topartiesten",track:"Topnummers",album:"Topalbums",show:"Toppodcasts",plays:"{plays} keer",share:"{share} van het afspelen"},item:{back:"Terug naar het overzicht",plays:"Keer afgespeeld in deze periode",time:"Tijd in deze periode",first:"Eerste keer",last:"Laatste keer",recent:"Laatst afgespeeld",devices:"Apparaten",hours:"Uren van de dag",play_on:"Afspelen op",play:"Afspelen",no_match:"Niets in de geschiedenis past bij \u201C{name}\u201D."},timeline:{more:"Meer laden",end:"Dat is alles in deze periode.",device:"Apparaat",source:"Bron",skipped:"overgeslagen"},source:{export_extended:"Spotify-export",export_account:"Spotify-export (accountgegevens)",spotify_recent:"Spotify recent afgespeeld",spotify_player:"Spotify-speler",sonos:"Sonos",media_player:"Mediaspeler"},import:{intro:"Zet hier de ZIP van je Spotify-gegevensexport neer, of kies hem.",choose:"Kies een bestand",account:"Account",start:"Importeren",uploading:"{file} uploaden\u2026",running:"{file} importeren: {percent} %, {rows} rijen",completed:"{imported} keer afgespeeld ge\xEFmporteerd ({duplicates} al bekend, {replaced} vervangen).",failed:"Het importeren is mislukt: {error}",jobs:"Taken",job_kind:"Soort",job_status:"Status",job_started:"Gestart",job_counts:"Aantallen",days_with_data:"{days} dagen met muziek, van {first} tot {last}",no_gaps:"Geen gaten van een week of langer.",admin_only:"Alleen beheerders kunnen importeren."},data:{export:"Exporteren",export_path:"Bestand (in een toegestane map, bijv. /media/encore.csv)",export_format:"Formaat",export_done:"{rows} rijen ge\xEBxporteerd naar {path}.",purge:"Afspeelgegevens verwijderen",purge_before:"Afspelingen die eindigden v\xF3\xF3r",purge_account:"Van wie",purge_all:"Alle accounts",purge_done:"{deleted} keer afgespeeld verwijderd.",retention:"Bewaartermijn",retention_text:"Hoe lang afspeelgegevens bewaard blijven, stel je in bij de geschiedenisinstellingen van Encore.",retention_open:"Instellingen openen",run:"Uitvoeren",purge_what:"Wat verwijderen",purge_everything:"Alles (elke afspeling, welke datum ook)",purge_check:"Controleren wat dit verwijdert",purge_nothing:"Geen afspeling komt overeen: er zou niets verwijderd worden.",purge_all_accounts:"alle accounts",purge_range_before:"die eindigden v\xF3\xF3r {date}",purge_range_everything:"allemaal, welke datum ook",purge_plan:"Dit verwijdert {count} afspelingen van {whose}, {range}. Dit kan niet ongedaan worden gemaakt.",purge_kept:"De takenlijst en de luisterminuten-statistieken die Home Assistant vastlegde blijven bewaard.",purge_confirm_button:"{count} afspelingen verwijderen",purge_cancel:"Annuleren"},error:{generic:"Encore kon niet antwoorden: {message}",closed:"De luistergeschiedenis is niet geopend."},card:{heatmap_name:"Encore-heatmap",heatmap_description:"Wanneer het huishouden luistert: weekdag per uur.",top_name:"Encore-toplijst",top_description:"De meest afgespeelde artiesten, nummers, albums of podcasts.",stats_name:"Encore-luisterstatistieken",stats_description:"Afspelen, luistertijd, artiesten, reeks en overslaan.",title:"Titel",kind:"Wat rangschikken",limit:"Hoeveel",period:"Periode",whose:"Wiens geschiedenis"}};var Ke={en:fe,de:qe,nl:Fe,fr:Ve,es:Be};function Ge(i,t){let e=i;for(let s of t.split(".")){if(e===void 0||typeof e=="string")return;e=e[s]}return typeof e=="string"?e:void 0}function ye(i){let t=(i??"en").toLowerCase().split("-")[0];return t in Ke?t:"en"}function b(i,t,e={}){return(Ge(Ke[ye(i)],t)??Ge(fe,t)??t).replace(/\{(\w+)\}/g,(r,n)=>n in e?String(e[n]):r)}function Q(i,t){let r=Math.max(1,...i.map(o=>o.minutes)),n=600/Math.max(1,i.length),a=n>6?2:0;return p`<svg
    class="bars"
    viewBox="0 0 ${600} ${160}"
    preserveAspectRatio="none"
    role="img"
    aria-label=${i.map(t).join(", ")}
  >
    ${i.map((o,l)=>{let u=o.minutes/r*156;return D`<rect
        x=${l*n+a/2}
        y=${160-u}
        width=${Math.max(1,n-a)}
        height=${u}
        rx="2"
      ><title>${t(o)}</title></rect>`})}
  </svg>`}function Ze(i,t){let e=ze(i),s=14,r=34,n=14;return p`<svg
    class="heatmap"
    viewBox="0 0 ${r+24*s} ${n+7*s}"
    role="img"
    aria-label=${b(t,"chart.heatmap")}
  >
    ${[0,6,12,18].map(a=>D`<text class="axis" x=${r+a*s} y="10">${a}</text>`)}
    ${i.map((a,o)=>D`
        <text class="axis" x="0" y=${n+o*s+11}>${b(t,`weekday.${o}`)}</text>
        ${a.map((l,u)=>D`<rect
            class=${l>0?"on":"off"}
            x=${r+u*s}
            y=${n+o*s}
            width=${s-2}
            height=${s-2}
            rx="2"
            fill-opacity=${l>0?We(l,e):1}
          ><title>${b(t,"chart.heatmap_cell",{day:b(t,`weekday.${o}`),hour:u,minutes:l})}</title></rect>`)}`)}
  </svg>`}function Qe(i,t,e,s){if(!i||!t)return d;let r=Date.parse(i),n=Math.max(1,Date.parse(t)-r),a=o=>(Date.parse(`${o}T12:00:00Z`)-r)/n*100;return p`<svg class="coverage" viewBox="0 0 100 10" preserveAspectRatio="none" role="img"
    aria-label=${b(s,"chart.coverage")}>
    <rect class="held" x="0" y="2" width="100" height="6"></rect>
    ${e.map(([o,l])=>D`<rect class="gap" x=${Math.max(0,a(o))} y="0"
        width=${Math.max(.5,a(l)-a(o))} height="10">
        <title>${b(s,"chart.gap",{start:o,end:l})}</title></rect>`)}
  </svg>`}var Je=C`
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
`;var Ye=["artist","track","album","show"],Xe=50,$t=["overview","timeline","import","data"],et=new Set(["import","data"]),U=class extends x{constructor(){super(...arguments);this.narrow=!1;this._route=W(window.location.hash);this._question={period:"this_month",whose:"me"};this._overview={top:{}};this._timeline=[];this._timelineDone=!1;this._purgeMode="before";this._loaded="";this._onHash=()=>{this._route=W(window.location.hash)};this._onClick=e=>{if(e.defaultPrevented||e.button!==0||e.metaKey||e.ctrlKey||e.shiftKey)return;let r=e.composedPath().find(n=>n instanceof HTMLAnchorElement)?.getAttribute("href");r?.startsWith("#")&&(e.preventDefault(),e.stopPropagation(),history.pushState(null,"",r),this._route=W(r),window.scrollTo(0,0))};this._timelineGeneration=0;this._timelineLoading=!1;this._periodStart=null}get _lang(){return ye(this.hass?.locale?.language??this.hass?.language)}_t(e,s){return b(this._lang,e,s)}connectedCallback(){super.connectedCallback(),window.addEventListener("hashchange",this._onHash),window.addEventListener("popstate",this._onHash),this.addEventListener("click",this._onClick);let{params:e}=this._route;e.period&&ge.includes(e.period)?this._question={period:e.period,whose:e.whose??"me",start:e.start,end:e.end}:e.whose&&(this._question={...this._question,whose:e.whose})}disconnectedCallback(){super.disconnectedCallback(),window.removeEventListener("hashchange",this._onHash),window.removeEventListener("popstate",this._onHash),this.removeEventListener("click",this._onClick),this._stopSubscriptions(),this._observer?.disconnect(),this._loaded=""}_stopSubscriptions(){for(let e of[this._unsubscribe,this._unsubscribeImports,this._unsubscribeArtwork])e?.then(s=>s()).catch(()=>{});this._unsubscribe=void 0,this._unsubscribeImports=void 0,this._unsubscribeArtwork=void 0,window.clearTimeout(this._artworkTimer),this._artworkTimer=void 0}_followArtwork(e){this._unsubscribeArtwork=this.hass.connection.subscribeMessage(()=>{this._artworkTimer===void 0&&(this._artworkTimer=window.setTimeout(()=>{this._artworkTimer=void 0,e()},Oe))},{type:"encore/subscribe_artwork"}),this._unsubscribeArtwork.catch(()=>{})}willUpdate(e){if(!this.hass)return;!this._info&&e.has("hass")&&f(this.hass,"info").then(r=>{this._info=r}).catch(r=>{this._error=Z(r)});let s=JSON.stringify([this._route,this._question]);s!==this._loaded&&(this._loaded=s,this._load())}_fields(){return Ue(this._question)}_load(){this._error=void 0,this._message=void 0,this._stopSubscriptions();let e=this._route.page;e==="overview"?(this._loadOverview(),this._followArtwork(()=>this._askTops(this._fields()))):e==="item"?(this._loadItem(),this._followArtwork(()=>this._loadItem(!1))):e==="timeline"?(this._timelineGeneration+=1,this._timelineLoading=!1,this._timeline=[],this._timelineDone=!1,this._loadTimeline()):e==="import"&&(this._loadSync(),this._unsubscribeImports=this.hass.connection.subscribeMessage(s=>this._onImport(s),{type:"encore/subscribe_imports"}),this._unsubscribeImports.catch(()=>{}))}_fail(e){this._error=this._t("error.generic",{message:Z(e)})}_loadOverview(){let e=this._fields();this._overview={top:{}};let s=()=>{f(this.hass,"minutes_by_day",e).then(n=>{this._overview={...this._overview,days:n}}).catch(n=>this._fail(n)),this._askTops(e)},r=!0;this._unsubscribe=this.hass.connection.subscribeMessage(n=>{this._overview={...this._overview,stats:n},r||s(),r=!1},{type:"encore/subscribe_stats",...e}),this._unsubscribe.catch(n=>this._fail(n)),s()}_askTops(e){for(let s of Ye)f(this.hass,"top_items",{...e,kind:s,limit:10}).then(r=>{this._overview={...this._overview,top:{...this._overview.top,[s]:r}}}).catch(r=>this._fail(r))}_itemFields(){let{kind:e,name:s}=this._route.params;return{...this._fields(),[e==="track"?"track":"artist"]:s}}_loadItem(e=!0){e&&(this._item=void 0),f(this.hass,"item",this._itemFields()).then(s=>{this._item=s}).catch(s=>this._fail(s))}_loadTimeline(){if(this._timelineLoading||this._timelineDone)return;this._timelineLoading=!0;let e=this._timelineGeneration,s=this._fields(),r=this._timeline[this._timeline.length-1],n=s;if(r){n={...s,period:"custom",end:r.ended_at};let a=this._periodStart;n.start=a??"1970-01-02T00:00:00+00:00"}f(this.hass,"play_history",{...n,limit:Xe}).then(a=>{e===this._timelineGeneration&&(r||(this._periodStart=a.period.start),this._timeline=[...this._timeline,...a.plays],this._timelineDone=a.plays.length<Xe)}).catch(a=>this._fail(a)).finally(()=>{e===this._timelineGeneration&&(this._timelineLoading=!1)})}_loadSync(){f(this.hass,"sync_status").then(e=>{this._sync=e}).catch(e=>this._fail(e))}_onImport(e){this._import=e,e.status!=="running"&&this._loadSync()}updated(){let e=this.renderRoot.querySelector("#more");this._observer?.disconnect(),e&&!this._timelineDone&&"IntersectionObserver"in window&&(this._observer=new IntersectionObserver(s=>{s.some(r=>r.isIntersecting)&&(this._observer?.disconnect(),this._loadTimeline())}),this._observer.observe(e))}render(){let e=this._info?.is_admin??this.hass?.user?.is_admin??!1,s=this._route.page,r=!et.has(s)||e;return p`
      <header>
        <div class="toolbar">
          ${this.narrow?p`<ha-menu-button .hass=${this.hass} .narrow=${this.narrow}></ha-menu-button>`:d}
          <h1>${this._t("title")}</h1>
        </div>
        <nav class="tabs" aria-label=${this._t("title")}>
          ${$t.filter(n=>e||!et.has(n)).map(n=>p`<a
              href=${z(n,this._routeParams())}
              aria-current=${s===n||s==="item"&&n==="overview"?"page":"false"}
              >${this._t(`nav.${n}`)}</a
            >`)}
        </nav>
      </header>
      <main>
        ${s==="overview"||s==="item"||s==="timeline"?this._pickers():d}
        ${this._error?p`<p class="error" role="alert">${this._error}</p>`:d}
        ${this._message?p`<p role="status">${this._message}</p>`:d}
        ${r?s==="item"?this._itemPage():s==="timeline"?this._timelinePage():s==="import"?this._importPage():s==="data"?this._dataPage():this._overviewPage():p`<p>${this._t("import.admin_only")}</p>`}
      </main>
    `}_routeParams(){let{period:e,whose:s,start:r,end:n}=this._question;return{period:e,whose:s==="me"?void 0:s,start:r,end:n}}_setQuestion(e){this._question=e;let s=z(this._route.page,{...this._route.params,...this._routeParams()});history.replaceState(null,"",s),this._route=W(s)}_pickers(){let e=this._question;return p`<div class="pickers">
      <label
        >${this._t("period.label")}
        <select
          id="period"
          @change=${s=>this._setQuestion({...e,period:s.target.value})}
        >
          ${ge.map(s=>p`<option value=${s} ?selected=${e.period===s}>${this._t(`period.${s}`)}</option>`)}
        </select>
      </label>
      ${e.period==="custom"?p`<label
              >${this._t("period.from")}
              <input
                type="date"
                .value=${e.start??""}
                @change=${s=>this._setQuestion({...e,start:s.target.value})}
            /></label>
            <label
              >${this._t("period.to")}
              <input
                type="date"
                .value=${e.end??""}
                @change=${s=>this._setQuestion({...e,end:s.target.value})}
            /></label>`:d}
      <label
        >${this._t("whose.label")}
        <select
          id="whose"
          @change=${s=>this._setQuestion({...e,whose:s.target.value})}
        >
          <option value="me" ?selected=${e.whose==="me"}>${this._t("whose.me")}</option>
          ${(this._info?.accounts??[]).map(s=>p`<option value=${s.config_entry_id} ?selected=${e.whose===s.config_entry_id}>
              ${s.persons.length?this._t("whose.account_of",{title:s.title,persons:s.persons.join(", ")}):this._t("whose.account",{title:s.title})}
            </option>`)}
          <option value="everyone" ?selected=${e.whose==="everyone"}>${this._t("whose.everyone")}</option>
        </select>
      </label>
    </div>`}_tile(e,s,r){return p`<div class="card tile" data-tile=${e}>
      <div class="value">${r??"\u2026"}</div>
      <div class="label">${s}</div>
    </div>`}_overviewPage(){let{stats:e,days:s,top:r}=this._overview,n=e?.totals,a=n?.plays??0,o=this._lang;return p`
      <section class="tiles" aria-label=${this._t("nav.overview")}>
        ${this._tile("plays",this._t("tile.plays"),n?.plays.toLocaleString(o))}
        ${this._tile("time",this._t("tile.time"),n?k(n.ms_streamed/6e4):void 0)}
        ${this._tile("artists",this._t("tile.artists"),n?.artists.toLocaleString(o))}
        ${this._tile("tracks",this._t("tile.tracks"),n?.tracks.toLocaleString(o))}
        ${this._tile("new_artists",this._t("tile.new_artists"),e?.taste.new_artists_count.toLocaleString(o))}
        ${this._tile("streak",this._t("tile.streak"),e?this._t("tile.streak_days",{days:e.taste.streaks.current_days}):void 0)}
        ${this._tile("skip_rate",this._t("tile.skip_rate"),e?_e(e.skip_rate):void 0)}
      </section>
      <section class="two">
        ${K([s,o],()=>this._daysCard(s))}
        <div class="card">
          <h2>${this._t("chart.heatmap")}</h2>
          ${K([e?.heatmap,o],()=>e?Ze(e.heatmap,o):d)}
        </div>
      </section>
      <section class="tops">
        ${Ye.map(l=>K([r[l],a,o,this._loaded],()=>this._topList(l,r[l],a)))}
      </section>
    `}_daysCard(e){let s=me(e?.days??[]),r=Ne(s),n=he(s,r);return p`<div class="card">
      <h2>${this._t("chart.time_per",{grouping:this._t(`chart.${r}`)})}</h2>
      ${e&&n.length===0?p`<p class="muted">${this._t("chart.no_data")}</p>`:d}
      ${n.length?Q(n,a=>`${a.start}: ${k(a.minutes)}`):d}
    </div>`}_topList(e,s,r){return p`<div class="card" data-top=${e}>
      <h2>${this._t(`top.${e}`)}</h2>
      ${s&&s.items.length===0?p`<p class="muted">${this._t("chart.no_data")}</p>`:d}
      <ol class="top with-art">
        ${(s?.items??[]).map(n=>this._topEntry(e,n,r))}
      </ol>
    </div>`}_topEntry(e,s,r){let n=r?s.plays/r:0,a=e==="album"?{kind:"artist",name:s.artist??s.name}:{kind:e,name:s.name};return p`<li>
      <span class="rank">${s.rank}</span>
      ${de(s.image,e)}
      <span class="name"
        ><a href=${z("item",{...a,uri:e==="album"?void 0:s.uri??void 0,...this._routeParams()})}
          >${s.name}</a
        >${s.artist?p` <span class="by">${s.artist}</span>`:d}
        <div class="share" style="width: ${Math.round(n*100)}%"></div
      ></span>
      <span class="figures"
        >${this._t("top.plays",{plays:s.plays.toLocaleString(this._lang)})}<br />${k(s.minutes)}
        · ${_e(n)}</span
      >
    </li>`}_itemPage(){let e=this._item,{name:s,uri:r}=this._route.params;if(!e)return p`<p class="muted">…</p>`;if(!e.match)return p`<p>${this._t("item.no_match",{name:s??""})}</p>`;let n=new Map,a=new Map,o=new Map,l=Array(24).fill(0);for(let c of e.plays){let _=new Date(c.ended_at),$=c.ended_at.slice(0,10);n.set($,(n.get($)??0)+c.minutes),a.set(c.device??"?",(a.get(c.device??"?")??0)+1),c.title&&o.set(c.title,(o.get(c.title)??0)+1),l[_.getHours()]+=c.minutes}let u=me([...n.entries()].sort()),m=Object.values(this.hass.states).filter(c=>c.entity_id.startsWith("media_player.")),h=r??e.plays.find(c=>c.uri)?.uri??void 0,g=c=>[...c.entries()].sort((_,$)=>$[1]-_[1]).slice(0,10);return p`
      <p><a href=${z("overview",this._routeParams())}>← ${this._t("item.back")}</a></p>
      <div class="item-head">
        ${ce(e.image)?de(e.image,e.match.kind,96):d}
        <h2 class="item-title">${e.match.name}${e.match.artist?p` <span class="muted">${e.match.artist}</span>`:d}</h2>
      </div>
      <section class="tiles">
        ${this._tile("item_plays",this._t("item.plays"),e.count.toLocaleString(this._lang))}
        ${this._tile("item_time",this._t("item.time"),k(e.minutes))}
        ${this._tile("first",this._t("item.first"),e.first?new Date(e.first.ended_at).toLocaleDateString(this._lang):"\u2013")}
        ${this._tile("last",this._t("item.last"),e.last?new Date(e.last.ended_at).toLocaleDateString(this._lang):"\u2013")}
      </section>
      ${h&&m.length?p`<form class="card play" @submit=${c=>this._play(c,h)}>
            <label
              >${this._t("item.play_on")}
              <select name="player">
                ${m.map(c=>p`<option value=${c.entity_id}>${String(c.attributes.friendly_name??c.entity_id)}</option>`)}
              </select></label
            >
            <button class="action" type="submit">${this._t("item.play")}</button>
          </form>`:d}
      <section class="two">
        <div class="card">
          <h2>${this._t("chart.time_per",{grouping:this._t("chart.day")})}</h2>
          ${u.length?Q(he(u,"day"),c=>`${c.start}: ${k(c.minutes)}`):d}
        </div>
        <div class="card">
          <h2>${this._t("item.hours")}</h2>
          ${Q(l.map((c,_)=>({start:String(_),minutes:c})),c=>`${c.start}:00: ${k(c.minutes)}`)}
        </div>
        <div class="card">
          <h2>${this._t("top.track")}</h2>
          <ol class="top">
            ${g(o).map(([c,_],$)=>p`<li><span class="rank">${$+1}</span><span class="name">${c}</span
                  ><span class="figures">${this._t("top.plays",{plays:_})}</span></li>`)}
          </ol>
        </div>
        <div class="card">
          <h2>${this._t("item.devices")}</h2>
          <ol class="top">
            ${g(a).map(([c,_],$)=>p`<li><span class="rank">${$+1}</span><span class="name">${c}</span
                  ><span class="figures">${this._t("top.plays",{plays:_})}</span></li>`)}
          </ol>
        </div>
      </section>
      <section class="card">
        <h2>${this._t("item.recent")}</h2>
        ${this._playList(e.plays)}
      </section>
    `}async _play(e,s){e.preventDefault();let n=e.target.elements.namedItem("player").value;try{await this.hass.callService("media_player","play_media",{entity_id:n,media_content_id:s,media_content_type:"music"})}catch(a){this._fail(a)}}_playList(e){return p`<ol class="top timeline">
      ${e.map(s=>p`<li>
          <span class="rank"></span>
          <span class="name"
            >${s.title??"?"}${s.artist?p` <span class="by">${s.artist}</span>`:d}
            <div class="by">
              ${s.device??""} · ${this._t(`source.${s.source}`)}${s.skipped?` \xB7 ${this._t("timeline.skipped")}`:""}
            </div></span
          >
          <span class="figures"
            ><time datetime=${s.ended_at}>${new Date(s.ended_at).toLocaleString(this._lang)}</time><br />${k(s.minutes)}</span
          >
        </li>`)}
    </ol>`}_timelinePage(){return p`<section class="card">
      ${this._playList(this._timeline)}
      ${this._timelineDone?p`<p class="muted">${this._t("timeline.end")}</p>`:p`<button id="more" class="action" @click=${()=>this._loadTimeline()}>${this._t("timeline.more")}</button>`}
    </section>`}_importPage(){let e=this._sync,s=e?.coverage,r=(this._info?.accounts??[]).filter(a=>a.kind==="spotify"),n=this._import;return p`
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
              ${r.map(a=>p`<option value=${a.config_entry_id} ?selected=${a.mine}>${a.title}</option>`)}
            </select></label
          >
          <button class="action" type="submit" ?disabled=${n?.status==="running"||n?.status==="uploading"}>
            ${this._t("import.start")}
          </button>
        </form>
        ${n?this._importState(n):d}
      </section>
      <section class="card">
        <h2>${this._t("chart.coverage")}</h2>
        ${s?p`<p>
                ${this._t("import.days_with_data",{days:s.days_with_data,first:s.first?.slice(0,10)??"\u2013",last:s.last?.slice(0,10)??"\u2013"})}
              </p>
              ${Qe(s.first,s.last,s.gaps,this._lang)}
              ${s.gaps.length?p`<ul>
                    ${s.gaps.map(([a,o])=>p`<li>${this._t("chart.gap",{start:a,end:o})}</li>`)}
                  </ul>`:p`<p class="muted">${this._t("import.no_gaps")}</p>`}`:d}
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
              ${(e?.recent_jobs??[]).map(a=>p`<tr>
                  <td>${a.kind}</td>
                  <td>${a.status}</td>
                  <td>${a.started_at?new Date(a.started_at).toLocaleString(this._lang):""}</td>
                  <td>
                    ${Object.entries(a.counts).filter(([,o])=>typeof o=="number").map(([o,l])=>`${o}: ${Number(l).toLocaleString(this._lang)}`).join(", ")}
                  </td>
                </tr>`)}
            </tbody>
          </table>
        </div>
      </section>
    `}_importState(e){return e.status==="uploading"?p`<p role="status">${this._t("import.uploading",{file:e.file})}</p>
        <progress></progress>`:e.status==="running"?p`<p role="status">
          ${this._t("import.running",{file:e.file??"",percent:e.percent??0,rows:(e.rows??0).toLocaleString(this._lang)})}
        </p>
        <progress max="100" value=${e.percent??0}></progress>`:e.status==="completed"?p`<p role="status" class="result">
        ${this._t("import.completed",{imported:(e.imported??0).toLocaleString(this._lang),duplicates:(e.duplicates??0).toLocaleString(this._lang),replaced:(e.replaced??0).toLocaleString(this._lang)})}
      </p>`:p`<p role="alert" class="error">${this._t("import.failed",{error:e.error??""})}</p>`}_drop(e){e.preventDefault();let s=e.dataTransfer?.files[0],r=this.renderRoot.querySelector("input[name=file]");s&&r&&e.dataTransfer&&(r.files=e.dataTransfer.files)}async _upload(e){e.preventDefault();let s=e.target,r=s.elements.namedItem("file").files?.[0],n=s.elements.namedItem("account").value;if(!(!r||!n)){this._error=void 0,this._import={status:"uploading",file:r.name};try{let a=new FormData;a.append("file",r);let o=await this.hass.fetchWithAuth("/api/file_upload",{method:"POST",body:a});if(!o.ok)throw new Error(`${o.status} ${o.statusText}`);let{file_id:l}=await o.json();await f(this.hass,"import_upload",{config_entry_id:n,file_id:l}),this._import={account:n,title:"",status:"running",file:r.name,percent:0,rows:0}}catch(a){this._import={account:n,title:"",status:"failed",error:Z(a)}}}}_dataPage(){let e=this._info?.accounts??[];return p`
      <section class="card">
        <h2>${this._t("data.export")}</h2>
        <form class="row" @submit=${s=>this._export(s)}>
          <label>${this._t("data.export_path")} <input name="path" required value="/media/encore.csv" /></label>
          <label
            >${this._t("data.export_format")}
            <select name="format">
              <option value="csv">CSV</option>
              <option value="jsonl">JSON lines</option>
            </select></label
          >
          <button class="action" type="submit">${this._t("data.run")}</button>
        </form>
      </section>
      <section class="card">
        <h2>${this._t("data.purge")}</h2>
        <form class="purge" @submit=${s=>this._planPurge(s)} @change=${()=>this._purgePlan=void 0}>
          <fieldset>
            <legend>${this._t("data.purge_what")}</legend>
            <label
              ><input
                type="radio"
                name="mode"
                value="before"
                .checked=${this._purgeMode==="before"}
                @change=${()=>this._purgeMode="before"}
              />
              ${this._t("data.purge_before")}
              <input type="date" name="before" ?required=${this._purgeMode==="before"} ?disabled=${this._purgeMode!=="before"}
            /></label>
            <label
              ><input
                type="radio"
                name="mode"
                value="everything"
                .checked=${this._purgeMode==="everything"}
                @change=${()=>this._purgeMode="everything"}
              />
              ${this._t("data.purge_everything")}</label
            >
          </fieldset>
          <label
            >${this._t("data.purge_account")}
            <select name="account">
              <option value="">${this._t("data.purge_all")}</option>
              ${e.map(s=>p`<option value=${s.config_entry_id}>${s.title}</option>`)}
            </select></label
          >
          <button class="action" type="submit">${this._t("data.purge_check")}</button>
        </form>
        ${this._purgePlan?this._purgeConfirmation(this._purgePlan):d}
      </section>
      <section class="card">
        <h2>${this._t("data.retention")}</h2>
        <p>${this._t("data.retention_text")}</p>
        <a href="/config/integrations/integration/encore">${this._t("data.retention_open")}</a>
      </section>
    `}async _export(e){e.preventDefault();let s=e.target,r=new FormData(s);try{let n=await f(this.hass,"export_history",{path:String(r.get("path")),format:String(r.get("format"))});this._error=void 0,this._message=this._t("data.export_done",{rows:n.rows.toLocaleString(this._lang),path:n.path})}catch(n){this._fail(n)}}async _planPurge(e){e.preventDefault();let s=new FormData(e.target),r={},n=this._purgeMode==="before"?String(s.get("before")??""):"",a=String(s.get("account")??"");if(this._purgeMode==="before"){if(!n)return;r.before=`${n}T00:00:00`}a&&(r.config_entry_id=a),this._purgeMode==="everything"&&!a&&(r.all=!0);let o=this._info?.accounts.find(l=>l.config_entry_id===a)?.title;try{let l=await f(this.hass,"purge_history",{...r,dry_run:!0});this._error=void 0,this._message=void 0,this._purgePlan={fields:r,count:l.would_delete,before:n,whose:o}}catch(l){this._fail(l)}}_purgeConfirmation(e){let s=e.count.toLocaleString(this._lang);if(e.count===0)return p`<p class="purge-plan" role="status">${this._t("data.purge_nothing")}</p>`;let r=e.whose??this._t("data.purge_all_accounts"),n=e.before?this._t("data.purge_range_before",{date:new Date(`${e.before}T00:00:00`).toLocaleDateString(this._lang,{dateStyle:"long"})}):this._t("data.purge_range_everything");return p`
      <div class="purge-plan" role="alertdialog" aria-labelledby="purge-plan-text">
        <p id="purge-plan-text">${this._t("data.purge_plan",{count:s,whose:r,range:n})}</p>
        <p>${this._t("data.purge_kept")}</p>
        <button class="danger" @click=${()=>this._purge(e)}>${this._t("data.purge_confirm_button",{count:s})}</button>
        <button @click=${()=>this._purgePlan=void 0}>${this._t("data.purge_cancel")}</button>
      </div>
    `}async _purge(e){this._purgePlan=void 0;try{let s=await f(this.hass,"purge_history",e.fields);this._error=void 0,this._message=this._t("data.purge_done",{deleted:s.deleted.toLocaleString(this._lang)})}catch(s){this._fail(s)}}};U.properties={hass:{attribute:!1},narrow:{type:Boolean},_info:{state:!0},_route:{state:!0},_question:{state:!0},_overview:{state:!0},_item:{state:!0},_timeline:{state:!0},_timelineDone:{state:!0},_sync:{state:!0},_import:{state:!0},_message:{state:!0},_error:{state:!0},_purgeMode:{state:!0},_purgePlan:{state:!0}},U.styles=[Je,C`
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
      .item-head {
        display: flex;
        align-items: center;
        gap: 16px;
      }
    `];customElements.get("encore-panel")||customElements.define("encore-panel",U);export{U as EncorePanel};

var Y=globalThis,X=Y.ShadowRoot&&(Y.ShadyCSS===void 0||Y.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype,oe=Symbol(),Te=new WeakMap,z=class{constructor(s,e,t){if(this._$cssResult$=!0,t!==oe)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=s,this.t=e}get styleSheet(){let s=this.o,e=this.t;if(X&&s===void 0){let t=e!==void 0&&e.length===1;t&&(s=Te.get(e)),s===void 0&&((this.o=s=new CSSStyleSheet).replaceSync(this.cssText),t&&Te.set(e,s))}return s}toString(){return this.cssText}},Ee=i=>new z(typeof i=="string"?i:i+"",void 0,oe),T=(i,...s)=>{let e=i.length===1?i[0]:s.reduce((t,r,n)=>t+(a=>{if(a._$cssResult$===!0)return a.cssText;if(typeof a=="number")return a;throw Error("Value passed to 'css' function must be a 'css' function result: "+a+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")})(r)+i[n+1],i[0]);return new z(e,i,oe)},Pe=(i,s)=>{if(X)i.adoptedStyleSheets=s.map(e=>e instanceof CSSStyleSheet?e:e.styleSheet);else for(let e of s){let t=document.createElement("style"),r=Y.litNonce;r!==void 0&&t.setAttribute("nonce",r),t.textContent=e.cssText,i.appendChild(t)}},le=X?i=>i:i=>i instanceof CSSStyleSheet?(s=>{let e="";for(let t of s.cssRules)e+=t.cssText;return Ee(e)})(i):i;var{is:dt,defineProperty:ut,getOwnPropertyDescriptor:ht,getOwnPropertyNames:mt,getOwnPropertySymbols:gt,getPrototypeOf:_t}=Object,ee=globalThis,Re=ee.trustedTypes,ft=Re?Re.emptyScript:"",yt=ee.reactiveElementPolyfillSupport,O=(i,s)=>i,pe={toAttribute(i,s){switch(s){case Boolean:i=i?ft:null;break;case Object:case Array:i=i==null?i:JSON.stringify(i)}return i},fromAttribute(i,s){let e=i;switch(s){case Boolean:e=i!==null;break;case Number:e=i===null?null:Number(i);break;case Object:case Array:try{e=JSON.parse(i)}catch{e=null}}return e}},Le=(i,s)=>!dt(i,s),De={attribute:!0,type:String,converter:pe,reflect:!1,useDefault:!1,hasChanged:Le};Symbol.metadata??=Symbol("metadata"),ee.litPropertyMetadata??=new WeakMap;var k=class extends HTMLElement{static addInitializer(s){this._$Ei(),(this.l??=[]).push(s)}static get observedAttributes(){return this.finalize(),this._$Eh&&[...this._$Eh.keys()]}static createProperty(s,e=De){if(e.state&&(e.attribute=!1),this._$Ei(),this.prototype.hasOwnProperty(s)&&((e=Object.create(e)).wrapped=!0),this.elementProperties.set(s,e),!e.noAccessor){let t=Symbol(),r=this.getPropertyDescriptor(s,t,e);r!==void 0&&ut(this.prototype,s,r)}}static getPropertyDescriptor(s,e,t){let{get:r,set:n}=ht(this.prototype,s)??{get(){return this[e]},set(a){this[e]=a}};return{get:r,set(a){let o=r?.call(this);n?.call(this,a),this.requestUpdate(s,o,t)},configurable:!0,enumerable:!0}}static getPropertyOptions(s){return this.elementProperties.get(s)??De}static _$Ei(){if(this.hasOwnProperty(O("elementProperties")))return;let s=_t(this);s.finalize(),s.l!==void 0&&(this.l=[...s.l]),this.elementProperties=new Map(s.elementProperties)}static finalize(){if(this.hasOwnProperty(O("finalized")))return;if(this.finalized=!0,this._$Ei(),this.hasOwnProperty(O("properties"))){let e=this.properties,t=[...mt(e),...gt(e)];for(let r of t)this.createProperty(r,e[r])}let s=this[Symbol.metadata];if(s!==null){let e=litPropertyMetadata.get(s);if(e!==void 0)for(let[t,r]of e)this.elementProperties.set(t,r)}this._$Eh=new Map;for(let[e,t]of this.elementProperties){let r=this._$Eu(e,t);r!==void 0&&this._$Eh.set(r,e)}this.elementStyles=this.finalizeStyles(this.styles)}static finalizeStyles(s){let e=[];if(Array.isArray(s)){let t=new Set(s.flat(1/0).reverse());for(let r of t)e.unshift(le(r))}else s!==void 0&&e.push(le(s));return e}static _$Eu(s,e){let t=e.attribute;return t===!1?void 0:typeof t=="string"?t:typeof s=="string"?s.toLowerCase():void 0}constructor(){super(),this._$Ep=void 0,this.isUpdatePending=!1,this.hasUpdated=!1,this._$Em=null,this._$Ev()}_$Ev(){this._$ES=new Promise(s=>this.enableUpdating=s),this._$AL=new Map,this._$E_(),this.requestUpdate(),this.constructor.l?.forEach(s=>s(this))}addController(s){(this._$EO??=new Set).add(s),this.renderRoot!==void 0&&this.isConnected&&s.hostConnected?.()}removeController(s){this._$EO?.delete(s)}_$E_(){let s=new Map,e=this.constructor.elementProperties;for(let t of e.keys())this.hasOwnProperty(t)&&(s.set(t,this[t]),delete this[t]);s.size>0&&(this._$Ep=s)}createRenderRoot(){let s=this.shadowRoot??this.attachShadow(this.constructor.shadowRootOptions);return Pe(s,this.constructor.elementStyles),s}connectedCallback(){this.renderRoot??=this.createRenderRoot(),this.enableUpdating(!0),this._$EO?.forEach(s=>s.hostConnected?.())}enableUpdating(s){}disconnectedCallback(){this._$EO?.forEach(s=>s.hostDisconnected?.())}attributeChangedCallback(s,e,t){this._$AK(s,t)}_$ET(s,e){let t=this.constructor.elementProperties.get(s),r=this.constructor._$Eu(s,t);if(r!==void 0&&t.reflect===!0){let n=(t.converter?.toAttribute!==void 0?t.converter:pe).toAttribute(e,t.type);this._$Em=s,n==null?this.removeAttribute(r):this.setAttribute(r,n),this._$Em=null}}_$AK(s,e){let t=this.constructor,r=t._$Eh.get(s);if(r!==void 0&&this._$Em!==r){let n=t.getPropertyOptions(r),a=typeof n.converter=="function"?{fromAttribute:n.converter}:n.converter?.fromAttribute!==void 0?n.converter:pe;this._$Em=r;let o=a.fromAttribute(e,n.type);this[r]=o??this._$Ej?.get(r)??o,this._$Em=null}}requestUpdate(s,e,t,r=!1,n){if(s!==void 0){let a=this.constructor;if(r===!1&&(n=this[s]),t??=a.getPropertyOptions(s),!((t.hasChanged??Le)(n,e)||t.useDefault&&t.reflect&&n===this._$Ej?.get(s)&&!this.hasAttribute(a._$Eu(s,t))))return;this.C(s,e,t)}this.isUpdatePending===!1&&(this._$ES=this._$EP())}C(s,e,{useDefault:t,reflect:r,wrapped:n},a){t&&!(this._$Ej??=new Map).has(s)&&(this._$Ej.set(s,a??e??this[s]),n!==!0||a!==void 0)||(this._$AL.has(s)||(this.hasUpdated||t||(e=void 0),this._$AL.set(s,e)),r===!0&&this._$Em!==s&&(this._$Eq??=new Set).add(s))}async _$EP(){this.isUpdatePending=!0;try{await this._$ES}catch(e){Promise.reject(e)}let s=this.scheduleUpdate();return s!=null&&await s,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){if(!this.isUpdatePending)return;if(!this.hasUpdated){if(this.renderRoot??=this.createRenderRoot(),this._$Ep){for(let[r,n]of this._$Ep)this[r]=n;this._$Ep=void 0}let t=this.constructor.elementProperties;if(t.size>0)for(let[r,n]of t){let{wrapped:a}=n,o=this[r];a!==!0||this._$AL.has(r)||o===void 0||this.C(r,void 0,n,o)}}let s=!1,e=this._$AL;try{s=this.shouldUpdate(e),s?(this.willUpdate(e),this._$EO?.forEach(t=>t.hostUpdate?.()),this.update(e)):this._$EM()}catch(t){throw s=!1,this._$EM(),t}s&&this._$AE(e)}willUpdate(s){}_$AE(s){this._$EO?.forEach(e=>e.hostUpdated?.()),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(s)),this.updated(s)}_$EM(){this._$AL=new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$ES}shouldUpdate(s){return!0}update(s){this._$Eq&&=this._$Eq.forEach(e=>this._$ET(e,this[e])),this._$EM()}updated(s){}firstUpdated(s){}};k.elementStyles=[],k.shadowRootOptions={mode:"open"},k[O("elementProperties")]=new Map,k[O("finalized")]=new Map,yt?.({ReactiveElement:k}),(ee.reactiveElementVersions??=[]).push("2.1.2");var _e=globalThis,Ce=i=>i,te=_e.trustedTypes,Me=te?te.createPolicy("lit-html",{createHTML:i=>i}):void 0,Oe="$lit$",x=`lit$${Math.random().toFixed(9).slice(2)}$`,We="?"+x,bt=`<${We}>`,R=document,U=()=>R.createComment(""),q=i=>i===null||typeof i!="object"&&typeof i!="function",fe=Array.isArray,vt=i=>fe(i)||typeof i?.[Symbol.iterator]=="function",ce=`[ 	
\f\r]`,W=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,He=/-->/g,je=/>/g,E=RegExp(`>|${ce}(?:([^\\s"'>=/]+)(${ce}*=${ce}*(?:[^ 	
\f\r"'\`<>=]|("|')|))|$)`,"g"),Ie=/'/g,Ne=/"/g,Ue=/^(?:script|style|textarea|title)$/i,ye=i=>(s,...e)=>({_$litType$:i,strings:s,values:e}),p=ye(1),C=ye(2),Ut=ye(3),v=Symbol.for("lit-noChange"),u=Symbol.for("lit-nothing"),ze=new WeakMap,P=R.createTreeWalker(R,129);function qe(i,s){if(!fe(i)||!i.hasOwnProperty("raw"))throw Error("invalid template strings array");return Me!==void 0?Me.createHTML(s):s}var wt=(i,s)=>{let e=i.length-1,t=[],r,n=s===2?"<svg>":s===3?"<math>":"",a=W;for(let o=0;o<e;o++){let l=i[o],c,m,h=-1,g=0;for(;g<l.length&&(a.lastIndex=g,m=a.exec(l),m!==null);)g=a.lastIndex,a===W?m[1]==="!--"?a=He:m[1]!==void 0?a=je:m[2]!==void 0?(Ue.test(m[2])&&(r=RegExp("</"+m[2],"g")),a=E):m[3]!==void 0&&(a=E):a===E?m[0]===">"?(a=r??W,h=-1):m[1]===void 0?h=-2:(h=a.lastIndex-m[2].length,c=m[1],a=m[3]===void 0?E:m[3]==='"'?Ne:Ie):a===Ne||a===Ie?a=E:a===He||a===je?a=W:(a=E,r=void 0);let d=a===E&&i[o+1].startsWith("/>")?" ":"";n+=a===W?l+bt:h>=0?(t.push(c),l.slice(0,h)+Oe+l.slice(h)+x+d):l+x+(h===-2?o:d)}return[qe(i,n+(i[e]||"<?>")+(s===2?"</svg>":s===3?"</math>":"")),t]},B=class i{constructor({strings:s,_$litType$:e},t){let r;this.parts=[];let n=0,a=0,o=s.length-1,l=this.parts,[c,m]=wt(s,e);if(this.el=i.createElement(c,t),P.currentNode=this.el.content,e===2||e===3){let h=this.el.content.firstChild;h.replaceWith(...h.childNodes)}for(;(r=P.nextNode())!==null&&l.length<o;){if(r.nodeType===1){if(r.hasAttributes())for(let h of r.getAttributeNames())if(h.endsWith(Oe)){let g=m[a++],d=r.getAttribute(h).split(x),_=/([.?@])?(.*)/.exec(g);l.push({type:1,index:n,name:_[2],strings:d,ctor:_[1]==="."?ue:_[1]==="?"?he:_[1]==="@"?me:L}),r.removeAttribute(h)}else h.startsWith(x)&&(l.push({type:6,index:n}),r.removeAttribute(h));if(Ue.test(r.tagName)){let h=r.textContent.split(x),g=h.length-1;if(g>0){r.textContent=te?te.emptyScript:"";for(let d=0;d<g;d++)r.append(h[d],U()),P.nextNode(),l.push({type:2,index:++n});r.append(h[g],U())}}}else if(r.nodeType===8)if(r.data===We)l.push({type:2,index:n});else{let h=-1;for(;(h=r.data.indexOf(x,h+1))!==-1;)l.push({type:7,index:n}),h+=x.length-1}n++}}static createElement(s,e){let t=R.createElement("template");return t.innerHTML=s,t}};function D(i,s,e=i,t){if(s===v)return s;let r=t!==void 0?e._$Co?.[t]:e._$Cl,n=q(s)?void 0:s._$litDirective$;return r?.constructor!==n&&(r?._$AO?.(!1),n===void 0?r=void 0:(r=new n(i),r._$AT(i,e,t)),t!==void 0?(e._$Co??=[])[t]=r:e._$Cl=r),r!==void 0&&(s=D(i,r._$AS(i,s.values),r,t)),s}var de=class{constructor(s,e){this._$AV=[],this._$AN=void 0,this._$AD=s,this._$AM=e}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(s){let{el:{content:e},parts:t}=this._$AD,r=(s?.creationScope??R).importNode(e,!0);P.currentNode=r;let n=P.nextNode(),a=0,o=0,l=t[0];for(;l!==void 0;){if(a===l.index){let c;l.type===2?c=new F(n,n.nextSibling,this,s):l.type===1?c=new l.ctor(n,l.name,l.strings,this,s):l.type===6&&(c=new ge(n,this,s)),this._$AV.push(c),l=t[++o]}a!==l?.index&&(n=P.nextNode(),a++)}return P.currentNode=R,r}p(s){let e=0;for(let t of this._$AV)t!==void 0&&(t.strings!==void 0?(t._$AI(s,t,e),e+=t.strings.length-2):t._$AI(s[e])),e++}},F=class i{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(s,e,t,r){this.type=2,this._$AH=u,this._$AN=void 0,this._$AA=s,this._$AB=e,this._$AM=t,this.options=r,this._$Cv=r?.isConnected??!0}get parentNode(){let s=this._$AA.parentNode,e=this._$AM;return e!==void 0&&s?.nodeType===11&&(s=e.parentNode),s}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(s,e=this){s=D(this,s,e),q(s)?s===u||s==null||s===""?(this._$AH!==u&&this._$AR(),this._$AH=u):s!==this._$AH&&s!==v&&this._(s):s._$litType$!==void 0?this.$(s):s.nodeType!==void 0?this.T(s):vt(s)?this.k(s):this._(s)}O(s){return this._$AA.parentNode.insertBefore(s,this._$AB)}T(s){this._$AH!==s&&(this._$AR(),this._$AH=this.O(s))}_(s){this._$AH!==u&&q(this._$AH)?this._$AA.nextSibling.data=s:this.T(R.createTextNode(s)),this._$AH=s}$(s){let{values:e,_$litType$:t}=s,r=typeof t=="number"?this._$AC(s):(t.el===void 0&&(t.el=B.createElement(qe(t.h,t.h[0]),this.options)),t);if(this._$AH?._$AD===r)this._$AH.p(e);else{let n=new de(r,this),a=n.u(this.options);n.p(e),this.T(a),this._$AH=n}}_$AC(s){let e=ze.get(s.strings);return e===void 0&&ze.set(s.strings,e=new B(s)),e}k(s){fe(this._$AH)||(this._$AH=[],this._$AR());let e=this._$AH,t,r=0;for(let n of s)r===e.length?e.push(t=new i(this.O(U()),this.O(U()),this,this.options)):t=e[r],t._$AI(n),r++;r<e.length&&(this._$AR(t&&t._$AB.nextSibling,r),e.length=r)}_$AR(s=this._$AA.nextSibling,e){for(this._$AP?.(!1,!0,e);s!==this._$AB;){let t=Ce(s).nextSibling;Ce(s).remove(),s=t}}setConnected(s){this._$AM===void 0&&(this._$Cv=s,this._$AP?.(s))}},L=class{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(s,e,t,r,n){this.type=1,this._$AH=u,this._$AN=void 0,this.element=s,this.name=e,this._$AM=r,this.options=n,t.length>2||t[0]!==""||t[1]!==""?(this._$AH=Array(t.length-1).fill(new String),this.strings=t):this._$AH=u}_$AI(s,e=this,t,r){let n=this.strings,a=!1;if(n===void 0)s=D(this,s,e,0),a=!q(s)||s!==this._$AH&&s!==v,a&&(this._$AH=s);else{let o=s,l,c;for(s=n[0],l=0;l<n.length-1;l++)c=D(this,o[t+l],e,l),c===v&&(c=this._$AH[l]),a||=!q(c)||c!==this._$AH[l],c===u?s=u:s!==u&&(s+=(c??"")+n[l+1]),this._$AH[l]=c}a&&!r&&this.j(s)}j(s){s===u?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,s??"")}},ue=class extends L{constructor(){super(...arguments),this.type=3}j(s){this.element[this.name]=s===u?void 0:s}},he=class extends L{constructor(){super(...arguments),this.type=4}j(s){this.element.toggleAttribute(this.name,!!s&&s!==u)}},me=class extends L{constructor(s,e,t,r,n){super(s,e,t,r,n),this.type=5}_$AI(s,e=this){if((s=D(this,s,e,0)??u)===v)return;let t=this._$AH,r=s===u&&t!==u||s.capture!==t.capture||s.once!==t.once||s.passive!==t.passive,n=s!==u&&(t===u||r);r&&this.element.removeEventListener(this.name,this,t),n&&this.element.addEventListener(this.name,this,s),this._$AH=s}handleEvent(s){typeof this._$AH=="function"?this._$AH.call(this.options?.host??this.element,s):this._$AH.handleEvent(s)}},ge=class{constructor(s,e,t){this.element=s,this.type=6,this._$AN=void 0,this._$AM=e,this.options=t}get _$AU(){return this._$AM._$AU}_$AI(s){D(this,s)}};var $t=_e.litHtmlPolyfillSupport;$t?.(B,F),(_e.litHtmlVersions??=[]).push("3.3.3");var Be=(i,s,e)=>{let t=e?.renderBefore??s,r=t._$litPart$;if(r===void 0){let n=e?.renderBefore??null;t._$litPart$=r=new F(s.insertBefore(U(),n),n,void 0,e??{})}return r._$AI(i),r};var be=globalThis,w=class extends k{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){let s=super.createRenderRoot();return this.renderOptions.renderBefore??=s.firstChild,s}update(s){let e=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(s),this._$Do=Be(e,this.renderRoot,this.renderOptions)}connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(!0)}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(!1)}render(){return v}};w._$litElement$=!0,w.finalized=!0,be.litElementHydrateSupport?.({LitElement:w});var kt=be.litElementPolyfillSupport;kt?.({LitElement:w});(be.litElementVersions??=[]).push("4.2.2");var Fe=i=>(...s)=>({_$litDirective$:i,values:s}),se=class{constructor(s){}get _$AU(){return this._$AM._$AU}_$AT(s,e,t){this._$Ct=s,this._$AM=e,this._$Ci=t}_$AS(s,e){return this.update(s,e)}update(s,e){return this.render(...e)}};var xt={},re=Fe(class extends se{constructor(){super(...arguments),this.ot=xt}render(i,s){return s()}update(i,[s,e]){if(Array.isArray(s)){if(Array.isArray(this.ot)&&this.ot.length===s.length&&s.every((t,r)=>t===this.ot[r]))return v}else if(this.ot===s)return v;return this.ot=Array.isArray(s)?Array.from(s):s,this.render(s,e)}});function f(i,s,e={}){return i.callWS({type:`encore/${s}`,...e})}function A(i){return i&&typeof i=="object"&&"message"in i?String(i.message):String(i)}var Ge=5e3;function M(i){return typeof i=="string"&&i.startsWith("https://")}function G(i,s,e=40){let t=s==="artist"?" round":"";return M(i)?p`<img
    class="art${t}"
    src=${i}
    width=${e}
    height=${e}
    alt=""
    loading="lazy"
    decoding="async"
    referrerpolicy="no-referrer"
  />`:p`<span class="art none${t}" style="width:${e}px;height:${e}px" aria-hidden="true"></span>`}function ve(i){return i.toISOString().slice(0,10)}function H(i){return new Date(`${i}T00:00:00Z`)}function At(i){let s=H(i),e=(s.getUTCDay()+6)%7;return ve(new Date(s.getTime()-e*864e5))}function we(i,s){let e=new Map;for(let[t,r]of i){let n=s==="day"?t:s==="week"?At(t):`${t.slice(0,7)}-01`;e.set(n,(e.get(n)??0)+r)}return[...e.entries()].map(([t,r])=>({start:t,minutes:r}))}function Ve(i){if(i.length===0)return"day";let s=(H(i[i.length-1][0]).getTime()-H(i[0][0]).getTime())/864e5;return s<=62?"day":s<=731?"week":"month"}function $e(i){if(i.length===0)return[];let s=new Map(i),e=[],t=H(i[i.length-1][0]).getTime();for(let r=H(i[0][0]).getTime();r<=t;r+=864e5){let n=ve(new Date(r));e.push([n,s.get(n)??0])}return e}function S(i){let s=Math.round(i);if(s<60)return`${s} min`;let e=Math.floor(s/60),t=s%60;return`${e.toLocaleString()} h ${String(t).padStart(2,"0")} min`}function ke(i){return`${Math.round(i*100)} %`}function Ze(i,s){return i<=0||s<=0?0:Math.round((.15+.85*Math.sqrt(i/s))*100)/100}function Ke(i){return Math.max(0,...i.map(s=>Math.max(0,...s)))}var xe=["today","yesterday","this_week","last_week","this_month","last_month","this_year","last_year","all_time","custom"];function Je(i){let s={period:i.period};return i.period==="custom"&&(i.start&&(s.start=`${i.start}T00:00:00`),i.end&&(s.end=`${ve(new Date(H(i.end).getTime()+864e5))}T00:00:00`)),i.whose==="everyone"?s.everyone=!0:i.whose!=="me"&&(s.config_entry_id=i.whose),s}function V(i){let[s,e=""]=i.replace(/^#\/?/,"").split("?"),t={};for(let[r,n]of new URLSearchParams(e))t[r]=n;return{page:s||"overview",params:t}}function Z(i,s={}){let e=new URLSearchParams;for(let[r,n]of Object.entries(s))n!==void 0&&n!==""&&e.set(r,n);let t=e.toString();return`#/${i}${t?`?${t}`:""}`}var Qe={title:"H\xF6ren",nav:{overview:"\xDCbersicht",timeline:"Verlauf",import:"Import",data:"Daten",recap:"R\xFCckblick"},period:{label:"Zeitraum",today:"Heute",yesterday:"Gestern",this_week:"Diese Woche",last_week:"Letzte Woche",this_month:"Dieser Monat",last_month:"Letzter Monat",this_year:"Dieses Jahr",last_year:"Letztes Jahr",all_time:"Gesamte Zeit",custom:"Eigener Zeitraum",from:"Von",to:"Bis"},whose:{label:"Wessen",me:"Ich",everyone:"Der ganze Haushalt",account:"{title}",account_of:"{title} ({persons})"},tile:{plays:"Wiedergaben",time:"H\xF6rzeit",artists:"K\xFCnstler",tracks:"Titel",new_artists:"Neue K\xFCnstler",streak:"Serie",streak_days:"{days} Tage",skip_rate:"\xDCberspringquote"},chart:{time_per:"H\xF6rzeit pro {grouping}",day:"Tag",week:"Woche",month:"Monat",heatmap:"Wann du h\xF6rst",heatmap_cell:"{day} {hour}:00, {minutes} Min.",coverage:"Was der Verlauf enth\xE4lt",gap:"L\xFCcke: {start} \u2013 {end}",no_data:"In diesem Zeitraum wurde nichts geh\xF6rt."},weekday:{"0":"Mo","1":"Di","2":"Mi","3":"Do","4":"Fr","5":"Sa","6":"So"},top:{artist:"Top-K\xFCnstler",track:"Top-Titel",album:"Top-Alben",show:"Top-Podcasts",plays:"{plays} Wiedergaben",share:"{share} der Wiedergaben"},item:{back:"Zur\xFCck zur \xDCbersicht",plays:"Wiedergaben im Zeitraum",time:"Zeit im Zeitraum",first:"Erste Wiedergabe",last:"Letzte Wiedergabe",recent:"Letzte Wiedergaben",devices:"Ger\xE4te",hours:"Tageszeiten",play_on:"Abspielen auf",play:"Abspielen",no_match:"Nichts im Verlauf passt zu \u201E{name}\u201C."},timeline:{more:"Mehr laden",end:"Das ist alles in diesem Zeitraum.",device:"Ger\xE4t",source:"Quelle",skipped:"\xFCbersprungen"},source:{export_extended:"Spotify-Export",export_account:"Spotify-Export (Kontodaten)",spotify_recent:"Spotify \u201EZuletzt geh\xF6rt\u201C",spotify_player:"Spotify-Player",sonos:"Sonos",media_player:"Mediaplayer"},import:{intro:"Lege hier das ZIP deines Spotify-Datenexports ab oder w\xE4hle es aus.",choose:"Datei w\xE4hlen",account:"Konto",start:"Importieren",uploading:"{file} wird hochgeladen\u2026",running:"{file} wird importiert: {percent} %, {rows} Zeilen",completed:"{imported} Wiedergaben importiert ({duplicates} schon bekannt, {replaced} ersetzt).",failed:"Der Import ist fehlgeschlagen: {error}",jobs:"Auftr\xE4ge",job_kind:"Art",job_status:"Status",job_started:"Begonnen",job_counts:"Zahlen",days_with_data:"{days} Tage mit Wiedergaben, von {first} bis {last}",no_gaps:"Keine L\xFCcken von einer Woche oder mehr.",admin_only:"Nur Administratoren k\xF6nnen importieren."},data:{export:"Exportieren",export_path:"Datei (in einem erlaubten Ordner, z. B. /media/encore.csv)",export_format:"Format",export_done:"{rows} Zeilen nach {path} exportiert.",purge:"Wiedergaben l\xF6schen",purge_before:"Wiedergaben, die endeten vor dem",purge_account:"Wessen Wiedergaben",purge_all:"Alle Konten",purge_done:"{deleted} Wiedergaben gel\xF6scht.",retention:"Aufbewahrung",retention_text:"Wie lange Wiedergaben aufbewahrt werden, legst du in Encores Verlaufseinstellungen fest.",retention_open:"Einstellungen \xF6ffnen",run:"Ausf\xFChren",purge_what:"Was gel\xF6scht wird",purge_everything:"Alles (jede Wiedergabe, egal welches Datum)",purge_check:"Pr\xFCfen, was gel\xF6scht w\xFCrde",purge_nothing:"Keine Wiedergabe passt: Es w\xFCrde nichts gel\xF6scht.",purge_all_accounts:"allen Konten",purge_range_before:"die vor dem {date} endeten",purge_range_everything:"alle, egal welches Datum",purge_plan:"Das l\xF6scht {count} Wiedergaben von {whose}, {range}. Das l\xE4sst sich nicht r\xFCckg\xE4ngig machen.",purge_kept:"Die Aufgabenliste und die von Home Assistant aufgezeichneten H\xF6rminuten-Statistiken bleiben erhalten.",purge_confirm_button:"{count} Wiedergaben l\xF6schen",purge_cancel:"Abbrechen"},error:{generic:"Encore konnte nicht antworten: {message}",closed:"Der H\xF6rverlauf ist nicht ge\xF6ffnet."},card:{heatmap_name:"Encore-Heatmap",heatmap_description:"Wann der Haushalt h\xF6rt: Wochentag nach Stunde.",top_name:"Encore-Topliste",top_description:"Die meistgeh\xF6rten K\xFCnstler, Titel, Alben oder Podcasts.",stats_name:"Encore-H\xF6rstatistik",stats_description:"Wiedergaben, H\xF6rzeit, K\xFCnstler, Serie und \xDCberspringquote.",title:"Titel",kind:"Was ranken",limit:"Wie viele",period:"Zeitraum",whose:"Wessen Verlauf"},recap:{choose:"R\xFCckblick auf",years:"Jahre",months:"Monate",loading:"Dein R\xFCckblick wird zusammengestellt \u2026",no_data:"Noch nichts zur\xFCckzublicken: Der Verlauf hat keine Wiedergaben.",nothing:"F\xFCr {period} gibt es noch nichts zur\xFCckzublicken.",title:"Dein {period} in Musik",title_household:"Euer {period} in Musik",minutes_caption:"Minuten geh\xF6rt",counts:"{plays} Wiedergaben \xB7 {songs} Songs \xB7 {artists} K\xFCnstler",change_up:"{minutes} Minuten mehr als im Zeitraum davor",change_down:"{minutes} Minuten weniger als im Zeitraum davor",change_same:"Genauso viel wie im Zeitraum davor",top_artists:"Top-K\xFCnstler",top_songs:"Top-Songs",top_albums:"Top-Alben",entry_sub:"{minutes} Min. \xB7 {plays} Wiedergaben",new_number_one:"Eine neue Nummer eins (vorher: {name})",habits:"Wann du geh\xF6rt hast",top_day:"Dein Top-Tag: {minutes} Minuten",weekday:"Meistgeh\xF6rter Tag: {weekday}",hour:"Meistgeh\xF6rte Stunde: {hour}",streak:"L\xE4ngste Serie: {days} Tage in Folge",discoveries:"Neu f\xFCr dich",discoveries_value:"{count} neue K\xFCnstler",biggest:"Am meisten: {name}",on_repeat:"In Dauerschleife: {name}",on_repeat_sub:"{plays} Wiedergaben in der Woche vom {week}",first:"Erster Song: {name}",last:"Letzter Song: {name}",podcasts:"Podcasts",podcast_caption:"Minuten Podcasts, {shows} Sendungen",rooms:"R\xE4ume",minutes_short:"{minutes} Min.",household:"Euer Zuhause",listened_most:"hat am meisten geh\xF6rt: {minutes} Minuten",number_one:"Nr. 1: {name}",common:"Gemeinsam: {name}",save:"Als Bild speichern",save_all:"Ganzen R\xFCckblick speichern",save_playlist:"Als Playlist speichern",playlist_saved:"Als Playlist \u201E{name}\u201C gespeichert.",open_playlist:"In Spotify \xF6ffnen"}};var Ae={title:"Listening",nav:{overview:"Overview",timeline:"Timeline",import:"Import",data:"Data",recap:"Recap"},period:{label:"Period",today:"Today",yesterday:"Yesterday",this_week:"This week",last_week:"Last week",this_month:"This month",last_month:"Last month",this_year:"This year",last_year:"Last year",all_time:"All time",custom:"Custom range",from:"From",to:"To"},whose:{label:"Whose",me:"Me",everyone:"The whole household",account:"{title}",account_of:"{title} ({persons})"},tile:{plays:"Plays",time:"Listening time",artists:"Artists",tracks:"Songs",new_artists:"New artists",streak:"Streak",streak_days:"{days} days",skip_rate:"Skip rate"},chart:{time_per:"Listening time per {grouping}",day:"day",week:"week",month:"month",heatmap:"When you listen",heatmap_cell:"{day} {hour}:00, {minutes} min",coverage:"What the history holds",gap:"Gap: {start} \u2013 {end}",no_data:"Nothing played in this period."},weekday:{"0":"Mon","1":"Tue","2":"Wed","3":"Thu","4":"Fri","5":"Sat","6":"Sun"},top:{artist:"Top artists",track:"Top tracks",album:"Top albums",show:"Top podcasts",plays:"{plays} plays",share:"{share} of plays"},item:{back:"Back to the overview",plays:"Plays in this period",time:"Time in this period",first:"First play",last:"Last play",recent:"Latest plays",devices:"Devices",hours:"Hours of the day",play_on:"Play on",play:"Play",no_match:"Nothing in the history matches \u201C{name}\u201D."},timeline:{more:"Load more",end:"That is everything in this period.",device:"Device",source:"Source",skipped:"skipped"},source:{export_extended:"Spotify export",export_account:"Spotify export (account data)",spotify_recent:"Spotify recently played",spotify_player:"Spotify player",sonos:"Sonos",media_player:"Media player"},import:{intro:"Drop the ZIP of your Spotify data export here, or choose it.",choose:"Choose a file",account:"Account",start:"Import",uploading:"Uploading {file}\u2026",running:"Importing {file}: {percent} %, {rows} rows",completed:"Imported {imported} plays ({duplicates} already known, {replaced} replaced).",failed:"The import failed: {error}",jobs:"Jobs",job_kind:"Kind",job_status:"Status",job_started:"Started",job_counts:"Counts",days_with_data:"{days} days with plays, from {first} to {last}",no_gaps:"No gaps of a week or more.",admin_only:"Only administrators can import."},data:{export:"Export",export_path:"File (in an allowed folder, e.g. /media/encore.csv)",export_format:"Format",export_done:"Exported {rows} rows to {path}.",purge:"Delete plays",purge_before:"Plays that ended before",purge_account:"Whose plays",purge_all:"Every account",purge_done:"Deleted {deleted} plays.",retention:"Retention",retention_text:"How long plays are kept is set in Encore's history settings.",retention_open:"Open the settings",run:"Run",purge_what:"What to delete",purge_everything:"Everything (every play, whatever its date)",purge_check:"Check what this deletes",purge_nothing:"No play matches: nothing would be deleted.",purge_all_accounts:"every account",purge_range_before:"that ended before {date}",purge_range_everything:"all of them, whatever their date",purge_plan:"This deletes {count} plays of {whose}, {range}. It cannot be undone.",purge_kept:"The job list and the listening-minutes statistics Home Assistant recorded are kept.",purge_confirm_button:"Delete {count} plays",purge_cancel:"Cancel"},error:{generic:"Encore could not answer: {message}",closed:"The listening history is not open."},card:{heatmap_name:"Encore heatmap",heatmap_description:"When the household listens: weekday by hour.",top_name:"Encore top list",top_description:"The most played artists, tracks, albums or podcasts.",stats_name:"Encore listening stats",stats_description:"Plays, listening time, artists, streak and skip rate.",title:"Title",kind:"What to rank",limit:"How many",period:"Period",whose:"Whose history"},recap:{choose:"Recap of",years:"Years",months:"Months",loading:"Putting your recap together\u2026",no_data:"Nothing to recap yet: no plays in the history.",nothing:"Nothing to recap yet for {period}.",title:"Your {period} in music",title_household:"Your home's {period} in music",minutes_caption:"minutes of listening",counts:"{plays} plays \xB7 {songs} songs \xB7 {artists} artists",change_up:"{minutes} minutes more than the period before",change_down:"{minutes} minutes fewer than the period before",change_same:"As much as the period before",top_artists:"Top artists",top_songs:"Top songs",top_albums:"Top albums",entry_sub:"{minutes} min \xB7 {plays} plays",new_number_one:"A new number one (before: {name})",habits:"When you listened",top_day:"Your top day: {minutes} minutes",weekday:"Busiest day: {weekday}",hour:"Busiest hour: {hour}",streak:"Longest streak: {days} days in a row",discoveries:"New to you",discoveries_value:"{count} new artists",biggest:"The biggest: {name}",on_repeat:"On repeat: {name}",on_repeat_sub:"{plays} plays in the week of {week}",first:"First song: {name}",last:"Last song: {name}",podcasts:"Podcasts",podcast_caption:"minutes of podcasts, {shows} shows",rooms:"Rooms",minutes_short:"{minutes} min",household:"Your home",listened_most:"listened most: {minutes} minutes",number_one:"#1 {name}",common:"Common ground: {name}",save:"Save image",save_all:"Save the whole recap",save_playlist:"Save as playlist",playlist_saved:"Saved as the playlist \u201C{name}\u201D.",open_playlist:"Open in Spotify"}};var Ye={title:"Escucha",nav:{overview:"Resumen",timeline:"Cronolog\xEDa",import:"Importar",data:"Datos",recap:"Resumen"},period:{label:"Periodo",today:"Hoy",yesterday:"Ayer",this_week:"Esta semana",last_week:"La semana pasada",this_month:"Este mes",last_month:"El mes pasado",this_year:"Este a\xF1o",last_year:"El a\xF1o pasado",all_time:"Desde siempre",custom:"Periodo personalizado",from:"Desde",to:"Hasta"},whose:{label:"De qui\xE9n",me:"Yo",everyone:"Todo el hogar",account:"{title}",account_of:"{title} ({persons})"},tile:{plays:"Reproducciones",time:"Tiempo de escucha",artists:"Artistas",tracks:"Canciones",new_artists:"Artistas nuevos",streak:"Racha",streak_days:"{days} d\xEDas",skip_rate:"Tasa de saltos"},chart:{time_per:"Tiempo de escucha por {grouping}",day:"d\xEDa",week:"semana",month:"mes",heatmap:"Cu\xE1ndo escuchas",heatmap_cell:"{day} {hour}:00, {minutes} min",coverage:"Lo que contiene el historial",gap:"Hueco: {start} \u2013 {end}",no_data:"No se escuch\xF3 nada en este periodo."},weekday:{"0":"lun","1":"mar","2":"mi\xE9","3":"jue","4":"vie","5":"s\xE1b","6":"dom"},top:{artist:"Artistas principales",track:"Canciones principales",album:"\xC1lbumes principales",show:"P\xF3dcasts principales",plays:"{plays} reproducciones",share:"{share} de las reproducciones"},item:{back:"Volver al resumen",plays:"Reproducciones en el periodo",time:"Tiempo en el periodo",first:"Primera reproducci\xF3n",last:"\xDAltima reproducci\xF3n",recent:"\xDAltimas reproducciones",devices:"Dispositivos",hours:"Horas del d\xEDa",play_on:"Reproducir en",play:"Reproducir",no_match:"Nada en el historial coincide con \xAB{name}\xBB."},timeline:{more:"Cargar m\xE1s",end:"Eso es todo en este periodo.",device:"Dispositivo",source:"Origen",skipped:"saltada"},source:{export_extended:"Exportaci\xF3n de Spotify",export_account:"Exportaci\xF3n de Spotify (datos de la cuenta)",spotify_recent:"Spotify, escuchado recientemente",spotify_player:"Reproductor de Spotify",sonos:"Sonos",media_player:"Reproductor multimedia"},import:{intro:"Suelta aqu\xED el ZIP de tu exportaci\xF3n de datos de Spotify, o el\xEDgelo.",choose:"Elegir un archivo",account:"Cuenta",start:"Importar",uploading:"Subiendo {file}\u2026",running:"Importando {file}: {percent} %, {rows} filas",completed:"Se importaron {imported} reproducciones ({duplicates} ya conocidas, {replaced} sustituidas).",failed:"La importaci\xF3n fall\xF3: {error}",jobs:"Tareas",job_kind:"Tipo",job_status:"Estado",job_started:"Inicio",job_counts:"Cifras",days_with_data:"{days} d\xEDas con reproducciones, del {first} al {last}",no_gaps:"Sin huecos de una semana o m\xE1s.",admin_only:"Solo los administradores pueden importar."},data:{export:"Exportar",export_path:"Archivo (en una carpeta permitida, p. ej. /media/encore.csv)",export_format:"Formato",export_done:"Se exportaron {rows} filas a {path}.",purge:"Borrar reproducciones",purge_before:"Reproducciones que terminaron antes del",purge_account:"De qui\xE9n",purge_all:"Todas las cuentas",purge_done:"Se borraron {deleted} reproducciones.",retention:"Conservaci\xF3n",retention_text:"Cu\xE1nto tiempo se guardan las reproducciones se ajusta en la configuraci\xF3n del historial de Encore.",retention_open:"Abrir la configuraci\xF3n",run:"Ejecutar",purge_what:"Qu\xE9 borrar",purge_everything:"Todo (cada reproducci\xF3n, sea cual sea su fecha)",purge_check:"Comprobar qu\xE9 se borrar\xEDa",purge_nothing:"Ninguna reproducci\xF3n coincide: no se borrar\xEDa nada.",purge_all_accounts:"todas las cuentas",purge_range_before:"que terminaron antes del {date}",purge_range_everything:"todas, sea cual sea su fecha",purge_plan:"Esto borra {count} reproducciones de {whose}, {range}. No se puede deshacer.",purge_kept:"Se conservan la lista de tareas y las estad\xEDsticas de minutos de escucha que registr\xF3 Home Assistant.",purge_confirm_button:"Borrar {count} reproducciones",purge_cancel:"Cancelar"},error:{generic:"Encore no pudo responder: {message}",closed:"El historial de escucha no est\xE1 abierto."},card:{heatmap_name:"Mapa de calor de Encore",heatmap_description:"Cu\xE1ndo escucha el hogar: d\xEDa de la semana por hora.",top_name:"Lista de \xE9xitos de Encore",top_description:"Los artistas, canciones, \xE1lbumes o p\xF3dcasts m\xE1s escuchados.",stats_name:"Estad\xEDsticas de escucha de Encore",stats_description:"Reproducciones, tiempo de escucha, artistas, racha y tasa de saltos.",title:"T\xEDtulo",kind:"Qu\xE9 clasificar",limit:"Cu\xE1ntos",period:"Periodo",whose:"Historial de qui\xE9n"},recap:{choose:"Resumen de",years:"A\xF1os",months:"Meses",loading:"Preparando tu resumen\u2026",no_data:"A\xFAn no hay nada que resumir: el historial no tiene reproducciones.",nothing:"A\xFAn no hay nada que resumir para {period}.",title:"Tu {period} en m\xFAsica",title_household:"El {period} de tu hogar en m\xFAsica",minutes_caption:"minutos de escucha",counts:"{plays} reproducciones \xB7 {songs} canciones \xB7 {artists} artistas",change_up:"{minutes} minutos m\xE1s que el periodo anterior",change_down:"{minutes} minutos menos que el periodo anterior",change_same:"Lo mismo que el periodo anterior",top_artists:"Artistas top",top_songs:"Canciones top",top_albums:"\xC1lbumes top",entry_sub:"{minutes} min \xB7 {plays} reproducciones",new_number_one:"Un nuevo n\xFAmero uno (antes: {name})",habits:"Cu\xE1ndo escuchaste",top_day:"Tu mejor d\xEDa: {minutes} minutos",weekday:"D\xEDa con m\xE1s escucha: {weekday}",hour:"Hora con m\xE1s escucha: {hour}",streak:"Racha m\xE1s larga: {days} d\xEDas seguidos",discoveries:"Nuevo para ti",discoveries_value:"{count} artistas nuevos",biggest:"El m\xE1s escuchado: {name}",on_repeat:"En bucle: {name}",on_repeat_sub:"{plays} reproducciones la semana del {week}",first:"Primera canci\xF3n: {name}",last:"\xDAltima canci\xF3n: {name}",podcasts:"Podcasts",podcast_caption:"minutos de podcasts, {shows} programas",rooms:"Habitaciones",minutes_short:"{minutes} min",household:"Tu hogar",listened_most:"escuch\xF3 m\xE1s: {minutes} minutos",number_one:"N.\xBA 1: {name}",common:"En com\xFAn: {name}",save:"Guardar imagen",save_all:"Guardar todo el resumen",save_playlist:"Guardar como lista",playlist_saved:"Guardado como la lista \xAB{name}\xBB.",open_playlist:"Abrir en Spotify"}};var Xe={title:"\xC9coute",nav:{overview:"Aper\xE7u",timeline:"Chronologie",import:"Importer",data:"Donn\xE9es",recap:"R\xE9trospective"},period:{label:"P\xE9riode",today:"Aujourd\u2019hui",yesterday:"Hier",this_week:"Cette semaine",last_week:"La semaine derni\xE8re",this_month:"Ce mois-ci",last_month:"Le mois dernier",this_year:"Cette ann\xE9e",last_year:"L\u2019ann\xE9e derni\xE8re",all_time:"Depuis toujours",custom:"P\xE9riode personnalis\xE9e",from:"Du",to:"Au"},whose:{label:"De qui",me:"Moi",everyone:"Tout le foyer",account:"{title}",account_of:"{title} ({persons})"},tile:{plays:"\xC9coutes",time:"Temps d\u2019\xE9coute",artists:"Artistes",tracks:"Titres",new_artists:"Nouveaux artistes",streak:"S\xE9rie",streak_days:"{days} jours",skip_rate:"Taux de saut"},chart:{time_per:"Temps d\u2019\xE9coute par {grouping}",day:"jour",week:"semaine",month:"mois",heatmap:"Quand vous \xE9coutez",heatmap_cell:"{day} {hour}:00, {minutes} min",coverage:"Ce que contient l\u2019historique",gap:"Trou : {start} \u2013 {end}",no_data:"Rien d\u2019\xE9cout\xE9 pendant cette p\xE9riode."},weekday:{"0":"lun","1":"mar","2":"mer","3":"jeu","4":"ven","5":"sam","6":"dim"},top:{artist:"Artistes pr\xE9f\xE9r\xE9s",track:"Titres pr\xE9f\xE9r\xE9s",album:"Albums pr\xE9f\xE9r\xE9s",show:"Podcasts pr\xE9f\xE9r\xE9s",plays:"{plays} \xE9coutes",share:"{share} des \xE9coutes"},item:{back:"Retour \xE0 l\u2019aper\xE7u",plays:"\xC9coutes sur la p\xE9riode",time:"Temps sur la p\xE9riode",first:"Premi\xE8re \xE9coute",last:"Derni\xE8re \xE9coute",recent:"Derni\xE8res \xE9coutes",devices:"Appareils",hours:"Heures de la journ\xE9e",play_on:"Lire sur",play:"Lire",no_match:"Rien dans l\u2019historique ne correspond \xE0 \xAB {name} \xBB."},timeline:{more:"Charger plus",end:"C\u2019est tout pour cette p\xE9riode.",device:"Appareil",source:"Source",skipped:"pass\xE9"},source:{export_extended:"Export Spotify",export_account:"Export Spotify (donn\xE9es du compte)",spotify_recent:"Spotify, \xE9cout\xE9s r\xE9cemment",spotify_player:"Lecteur Spotify",sonos:"Sonos",media_player:"Lecteur multim\xE9dia"},import:{intro:"D\xE9posez ici le ZIP de votre export de donn\xE9es Spotify, ou choisissez-le.",choose:"Choisir un fichier",account:"Compte",start:"Importer",uploading:"Envoi de {file}\u2026",running:"Import de {file} : {percent} %, {rows} lignes",completed:"{imported} \xE9coutes import\xE9es ({duplicates} d\xE9j\xE0 connues, {replaced} remplac\xE9es).",failed:"L\u2019import a \xE9chou\xE9 : {error}",jobs:"T\xE2ches",job_kind:"Type",job_status:"\xC9tat",job_started:"D\xE9but",job_counts:"Comptes",days_with_data:"{days} jours avec des \xE9coutes, du {first} au {last}",no_gaps:"Aucun trou d\u2019une semaine ou plus.",admin_only:"Seuls les administrateurs peuvent importer."},data:{export:"Exporter",export_path:"Fichier (dans un dossier autoris\xE9, p. ex. /media/encore.csv)",export_format:"Format",export_done:"{rows} lignes export\xE9es vers {path}.",purge:"Supprimer des \xE9coutes",purge_before:"\xC9coutes termin\xE9es avant le",purge_account:"De qui",purge_all:"Tous les comptes",purge_done:"{deleted} \xE9coutes supprim\xE9es.",retention:"Conservation",retention_text:"La dur\xE9e de conservation des \xE9coutes se r\xE8gle dans les param\xE8tres de l\u2019historique d\u2019Encore.",retention_open:"Ouvrir les param\xE8tres",run:"Lancer",purge_what:"Quoi supprimer",purge_everything:"Tout (chaque \xE9coute, quelle que soit sa date)",purge_check:"V\xE9rifier ce qui serait supprim\xE9",purge_nothing:"Aucune \xE9coute ne correspond : rien ne serait supprim\xE9.",purge_all_accounts:"tous les comptes",purge_range_before:"termin\xE9es avant le {date}",purge_range_everything:"toutes, quelle que soit leur date",purge_plan:"Ceci supprime {count} \xE9coutes de {whose}, {range}. C\u2019est irr\xE9versible.",purge_kept:"La liste des t\xE2ches et les statistiques de minutes d\u2019\xE9coute enregistr\xE9es par Home Assistant sont conserv\xE9es.",purge_confirm_button:"Supprimer {count} \xE9coutes",purge_cancel:"Annuler"},error:{generic:"Encore n\u2019a pas pu r\xE9pondre : {message}",closed:"L\u2019historique d\u2019\xE9coute n\u2019est pas ouvert."},card:{heatmap_name:"Carte de chaleur Encore",heatmap_description:"Quand le foyer \xE9coute : jour de la semaine par heure.",top_name:"Classement Encore",top_description:"Les artistes, titres, albums ou podcasts les plus \xE9cout\xE9s.",stats_name:"Statistiques d\u2019\xE9coute Encore",stats_description:"\xC9coutes, temps d\u2019\xE9coute, artistes, s\xE9rie et taux de saut.",title:"Titre",kind:"Quoi classer",limit:"Combien",period:"P\xE9riode",whose:"Historique de qui"},recap:{choose:"R\xE9trospective de",years:"Ann\xE9es",months:"Mois",loading:"Pr\xE9paration de votre r\xE9trospective\u2026",no_data:"Rien \xE0 r\xE9sumer pour l'instant : l'historique n'a aucune \xE9coute.",nothing:"Rien \xE0 r\xE9sumer pour l'instant pour {period}.",title:"Votre {period} en musique",title_household:"Le {period} de votre foyer en musique",minutes_caption:"minutes d'\xE9coute",counts:"{plays} \xE9coutes \xB7 {songs} titres \xB7 {artists} artistes",change_up:"{minutes} minutes de plus que la p\xE9riode pr\xE9c\xE9dente",change_down:"{minutes} minutes de moins que la p\xE9riode pr\xE9c\xE9dente",change_same:"Autant que la p\xE9riode pr\xE9c\xE9dente",top_artists:"Artistes du moment",top_songs:"Titres les plus \xE9cout\xE9s",top_albums:"Albums les plus \xE9cout\xE9s",entry_sub:"{minutes} min \xB7 {plays} \xE9coutes",new_number_one:"Un nouveau num\xE9ro un (avant : {name})",habits:"Quand vous avez \xE9cout\xE9",top_day:"Votre meilleur jour : {minutes} minutes",weekday:"Jour le plus charg\xE9 : {weekday}",hour:"Heure la plus charg\xE9e : {hour}",streak:"Plus longue s\xE9rie : {days} jours d'affil\xE9e",discoveries:"Nouveau pour vous",discoveries_value:"{count} nouveaux artistes",biggest:"Le plus \xE9cout\xE9 : {name}",on_repeat:"En boucle : {name}",on_repeat_sub:"{plays} \xE9coutes la semaine du {week}",first:"Premier titre : {name}",last:"Dernier titre : {name}",podcasts:"Podcasts",podcast_caption:"minutes de podcasts, {shows} \xE9missions",rooms:"Pi\xE8ces",minutes_short:"{minutes} min",household:"Votre foyer",listened_most:"a le plus \xE9cout\xE9 : {minutes} minutes",number_one:"N\xB0 1 : {name}",common:"En commun : {name}",save:"Enregistrer l'image",save_all:"Enregistrer toute la r\xE9trospective",save_playlist:"Enregistrer en playlist",playlist_saved:"Enregistr\xE9 dans la playlist \xAB {name} \xBB.",open_playlist:"Ouvrir dans Spotify"}};var et={title:"Luisteren",nav:{overview:"Overzicht",timeline:"Tijdlijn",import:"Importeren",data:"Gegevens",recap:"Terugblik"},period:{label:"Periode",today:"Vandaag",yesterday:"Gisteren",this_week:"Deze week",last_week:"Vorige week",this_month:"Deze maand",last_month:"Vorige maand",this_year:"Dit jaar",last_year:"Vorig jaar",all_time:"Altijd",custom:"Eigen periode",from:"Van",to:"Tot en met"},whose:{label:"Van wie",me:"Ik",everyone:"Het hele huishouden",account:"{title}",account_of:"{title} ({persons})"},tile:{plays:"Keer afgespeeld",time:"Luistertijd",artists:"Artiesten",tracks:"Nummers",new_artists:"Nieuwe artiesten",streak:"Reeks",streak_days:"{days} dagen",skip_rate:"Overslaan"},chart:{time_per:"Luistertijd per {grouping}",day:"dag",week:"week",month:"maand",heatmap:"Wanneer je luistert",heatmap_cell:"{day} {hour}:00, {minutes} min",coverage:"Wat de geschiedenis bevat",gap:"Gat: {start} \u2013 {end}",no_data:"Niets afgespeeld in deze periode."},weekday:{"0":"ma","1":"di","2":"wo","3":"do","4":"vr","5":"za","6":"zo"},top:{artist:"Topartiesten",track:"Topnummers",album:"Topalbums",show:"Toppodcasts",plays:"{plays} keer",share:"{share} van het afspelen"},item:{back:"Terug naar het overzicht",plays:"Keer afgespeeld in deze periode",time:"Tijd in deze periode",first:"Eerste keer",last:"Laatste keer",recent:"Laatst afgespeeld",devices:"Apparaten",hours:"Uren van de dag",play_on:"Afspelen op",play:"Afspelen",no_match:"Niets in de geschiedenis past bij \u201C{name}\u201D."},timeline:{more:"Meer laden",end:"Dat is alles in deze periode.",device:"Apparaat",source:"Bron",skipped:"overgeslagen"},source:{export_extended:"Spotify-export",export_account:"Spotify-export (accountgegevens)",spotify_recent:"Spotify recent afgespeeld",spotify_player:"Spotify-speler",sonos:"Sonos",media_player:"Mediaspeler"},import:{intro:"Zet hier de ZIP van je Spotify-gegevensexport neer, of kies hem.",choose:"Kies een bestand",account:"Account",start:"Importeren",uploading:"{file} uploaden\u2026",running:"{file} importeren: {percent} %, {rows} rijen",completed:"{imported} keer afgespeeld ge\xEFmporteerd ({duplicates} al bekend, {replaced} vervangen).",failed:"Het importeren is mislukt: {error}",jobs:"Taken",job_kind:"Soort",job_status:"Status",job_started:"Gestart",job_counts:"Aantallen",days_with_data:"{days} dagen met muziek, van {first} tot {last}",no_gaps:"Geen gaten van een week of langer.",admin_only:"Alleen beheerders kunnen importeren."},data:{export:"Exporteren",export_path:"Bestand (in een toegestane map, bijv. /media/encore.csv)",export_format:"Formaat",export_done:"{rows} rijen ge\xEBxporteerd naar {path}.",purge:"Afspeelgegevens verwijderen",purge_before:"Afspelingen die eindigden v\xF3\xF3r",purge_account:"Van wie",purge_all:"Alle accounts",purge_done:"{deleted} keer afgespeeld verwijderd.",retention:"Bewaartermijn",retention_text:"Hoe lang afspeelgegevens bewaard blijven, stel je in bij de geschiedenisinstellingen van Encore.",retention_open:"Instellingen openen",run:"Uitvoeren",purge_what:"Wat verwijderen",purge_everything:"Alles (elke afspeling, welke datum ook)",purge_check:"Controleren wat dit verwijdert",purge_nothing:"Geen afspeling komt overeen: er zou niets verwijderd worden.",purge_all_accounts:"alle accounts",purge_range_before:"die eindigden v\xF3\xF3r {date}",purge_range_everything:"allemaal, welke datum ook",purge_plan:"Dit verwijdert {count} afspelingen van {whose}, {range}. Dit kan niet ongedaan worden gemaakt.",purge_kept:"De takenlijst en de luisterminuten-statistieken die Home Assistant vastlegde blijven bewaard.",purge_confirm_button:"{count} afspelingen verwijderen",purge_cancel:"Annuleren"},error:{generic:"Encore kon niet antwoorden: {message}",closed:"De luistergeschiedenis is niet geopend."},card:{heatmap_name:"Encore-heatmap",heatmap_description:"Wanneer het huishouden luistert: weekdag per uur.",top_name:"Encore-toplijst",top_description:"De meest afgespeelde artiesten, nummers, albums of podcasts.",stats_name:"Encore-luisterstatistieken",stats_description:"Afspelen, luistertijd, artiesten, reeks en overslaan.",title:"Titel",kind:"Wat rangschikken",limit:"Hoeveel",period:"Periode",whose:"Wiens geschiedenis"},recap:{choose:"Terugblik op",years:"Jaren",months:"Maanden",loading:"Je terugblik wordt samengesteld\u2026",no_data:"Nog niets om op terug te blikken: de geschiedenis heeft geen afspeelbeurten.",nothing:"Nog niets om op terug te blikken voor {period}.",title:"Jouw {period} in muziek",title_household:"Jullie {period} in muziek",minutes_caption:"minuten geluisterd",counts:"{plays} keer afgespeeld \xB7 {songs} nummers \xB7 {artists} artiesten",change_up:"{minutes} minuten meer dan de periode ervoor",change_down:"{minutes} minuten minder dan de periode ervoor",change_same:"Evenveel als de periode ervoor",top_artists:"Top-artiesten",top_songs:"Topnummers",top_albums:"Topalbums",entry_sub:"{minutes} min \xB7 {plays} keer",new_number_one:"Een nieuwe nummer \xE9\xE9n (eerder: {name})",habits:"Wanneer je luisterde",top_day:"Je topdag: {minutes} minuten",weekday:"Drukste dag: {weekday}",hour:"Drukste uur: {hour}",streak:"Langste reeks: {days} dagen achter elkaar",discoveries:"Nieuw voor jou",discoveries_value:"{count} nieuwe artiesten",biggest:"De grootste: {name}",on_repeat:"Op repeat: {name}",on_repeat_sub:"{plays} keer in de week van {week}",first:"Eerste nummer: {name}",last:"Laatste nummer: {name}",podcasts:"Podcasts",podcast_caption:"minuten podcasts, {shows} shows",rooms:"Ruimtes",minutes_short:"{minutes} min",household:"Jullie huis",listened_most:"luisterde het meest: {minutes} minuten",number_one:"Nr. 1: {name}",common:"Gedeeld: {name}",save:"Opslaan als afbeelding",save_all:"Hele terugblik opslaan",save_playlist:"Opslaan als afspeellijst",playlist_saved:"Opgeslagen als afspeellijst \u2018{name}\u2019.",open_playlist:"Openen in Spotify"}};var st={en:Ae,de:Qe,nl:et,fr:Xe,es:Ye};function tt(i,s){let e=i;for(let t of s.split(".")){if(e===void 0||typeof e=="string")return;e=e[t]}return typeof e=="string"?e:void 0}function K(i){let s=(i??"en").toLowerCase().split("-")[0];return s in st?s:"en"}function b(i,s,e={}){return(tt(st[K(i)],s)??tt(Ae,s)??s).replace(/\{(\w+)\}/g,(r,n)=>n in e?String(e[n]):r)}function ie(i,s){let r=Math.max(1,...i.map(o=>o.minutes)),n=600/Math.max(1,i.length),a=n>6?2:0;return p`<svg
    class="bars"
    viewBox="0 0 ${600} ${160}"
    preserveAspectRatio="none"
    role="img"
    aria-label=${i.map(s).join(", ")}
  >
    ${i.map((o,l)=>{let c=o.minutes/r*156;return C`<rect
        x=${l*n+a/2}
        y=${160-c}
        width=${Math.max(1,n-a)}
        height=${c}
        rx="2"
      ><title>${s(o)}</title></rect>`})}
  </svg>`}function rt(i,s){let e=Ke(i),t=14,r=34,n=14;return p`<svg
    class="heatmap"
    viewBox="0 0 ${r+24*t} ${n+7*t}"
    role="img"
    aria-label=${b(s,"chart.heatmap")}
  >
    ${[0,6,12,18].map(a=>C`<text class="axis" x=${r+a*t} y="10">${a}</text>`)}
    ${i.map((a,o)=>C`
        <text class="axis" x="0" y=${n+o*t+11}>${b(s,`weekday.${o}`)}</text>
        ${a.map((l,c)=>C`<rect
            class=${l>0?"on":"off"}
            x=${r+c*t}
            y=${n+o*t}
            width=${t-2}
            height=${t-2}
            rx="2"
            fill-opacity=${l>0?Ze(l,e):1}
          ><title>${b(s,"chart.heatmap_cell",{day:b(s,`weekday.${o}`),hour:c,minutes:l})}</title></rect>`)}`)}
  </svg>`}function it(i,s,e,t){if(!i||!s)return u;let r=Date.parse(i),n=Math.max(1,Date.parse(s)-r),a=o=>(Date.parse(`${o}T12:00:00Z`)-r)/n*100;return p`<svg class="coverage" viewBox="0 0 100 10" preserveAspectRatio="none" role="img"
    aria-label=${b(t,"chart.coverage")}>
    <rect class="held" x="0" y="2" width="100" height="6"></rect>
    ${e.map(([o,l])=>C`<rect class="gap" x=${Math.max(0,a(o))} y="0"
        width=${Math.max(.5,a(l)-a(o))} height="10">
        <title>${b(t,"chart.gap",{start:o,end:l})}</title></rect>`)}
  </svg>`}function j(i,s){let[e,t]=i.split("-").map(Number);return t?new Intl.DateTimeFormat(s,{month:"long",year:"numeric",timeZone:"UTC"}).format(new Date(Date.UTC(e,t-1,15))):String(e)}function Dt(i,s){let e=["monday","tuesday","wednesday","thursday","friday","saturday","sunday"].indexOf(i);return new Intl.DateTimeFormat(s,{weekday:"long",timeZone:"UTC"}).format(new Date(Date.UTC(2024,0,1+Math.max(e,0))))}function nt(i,s){let[e,t,r]=i.split("-").map(Number);return new Intl.DateTimeFormat(s,{day:"numeric",month:"long",timeZone:"UTC"}).format(new Date(Date.UTC(e,t-1,r)))}function Lt(i,s){return new Intl.DateTimeFormat(s,{hour:"numeric",timeZone:"UTC"}).format(new Date(Date.UTC(2024,0,1,i)))}function ne(i,s,e){return i.map(t=>({text:`${t.rank}. ${t.name}`,sub:[t.artist,s("recap.entry_sub",{minutes:Math.round(t.minutes).toLocaleString(e),plays:t.plays.toLocaleString(e)})].filter(Boolean).join(" \xB7 "),image:t.image}))}function at(i,s,e,t){let r=[],{music:n,podcasts:a,comparison:o,rooms:l,household:c}=i,m=(n?.minutes??0)+(a?.minutes??0),h={id:"intro",title:e(c?"recap.title_household":"recap.title",{period:s}),value:m.toLocaleString(t),caption:e("recap.minutes_caption"),lines:[]};if(n&&h.lines.push({text:e("recap.counts",{plays:n.plays.toLocaleString(t),songs:n.songs.toLocaleString(t),artists:n.artists.toLocaleString(t)})}),o){let g=Math.abs(o.minutes_change).toLocaleString(t);h.lines.push({text:e(`recap.change_${o.direction}`,{minutes:g})})}if(r.push(h),n){let g=n.top_artists[0];r.push({id:"artists",title:e("recap.top_artists"),value:g?.name,image:g?.image,round:!0,caption:o?.new_number_one&&o.previous_number_one?e("recap.new_number_one",{name:o.previous_number_one.name}):void 0,lines:ne(n.top_artists,e,t)});let d=n.top_songs[0];r.push({id:"songs",title:e("recap.top_songs"),value:d?.name,caption:d?.artist??void 0,image:d?.image,lines:ne(n.top_songs,e,t)}),n.top_albums.length&&r.push({id:"albums",title:e("recap.top_albums"),value:n.top_albums[0].name,image:n.top_albums[0].image,lines:ne(n.top_albums,e,t)});let _=n.habits;r.push({id:"habits",title:e("recap.habits"),value:nt(_.top_day.day,t),caption:e("recap.top_day",{minutes:_.top_day.minutes.toLocaleString(t)}),lines:[{text:e("recap.weekday",{weekday:Dt(_.busiest_weekday,t)})},{text:e("recap.hour",{hour:Lt(_.busiest_hour,t)})},{text:e("recap.streak",{days:_.longest_streak.days})}]});let y=[];n.on_repeat&&y.push({text:e("recap.on_repeat",{name:n.on_repeat.song.name}),sub:e("recap.on_repeat_sub",{plays:n.on_repeat.plays,week:nt(n.on_repeat.week_start,t)}),image:n.on_repeat.song.image}),y.push({text:e("recap.first",{name:n.first_song.name}),sub:n.first_song.artist??void 0}),y.push({text:e("recap.last",{name:n.last_song.name}),sub:n.last_song.artist??void 0}),r.push({id:"discoveries",title:e("recap.discoveries"),value:e("recap.discoveries_value",{count:n.discoveries.toLocaleString(t)}),caption:n.top_discoveries[0]?e("recap.biggest",{name:n.top_discoveries[0].name}):void 0,image:n.top_discoveries[0]?.image,round:!0,lines:y})}if(a&&r.push({id:"podcasts",title:e("recap.podcasts"),value:a.minutes.toLocaleString(t),caption:e("recap.podcast_caption",{shows:a.shows}),image:a.top_shows[0]?.image,lines:ne(a.top_shows,e,t)}),l&&r.push({id:"rooms",title:e("recap.rooms"),value:l[0].name,lines:l.slice(0,5).map(g=>({text:g.name,sub:e("recap.minutes_short",{minutes:g.minutes.toLocaleString(t)})}))}),c){let g=c.listeners[0];r.push({id:"household",title:e("recap.household"),value:g.person,caption:e("recap.listened_most",{minutes:g.minutes.toLocaleString(t)}),lines:[...c.listeners.slice(0,4).map(d=>({text:d.person,sub:[e("recap.minutes_short",{minutes:d.minutes.toLocaleString(t)}),d.number_one_artist?e("recap.number_one",{name:d.number_one_artist.name}):""].filter(Boolean).join(" \xB7 ")})),...c.common_artists[0]?[{text:e("recap.common",{name:c.common_artists[0].entry.name}),sub:c.common_artists[0].people.join(", ")}]:[]]})}return r}var ae=T`
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
`;var $=1080,N=1350,Se=[["#1db954","#0b3d20"],["#7b2ff7","#1a0b3d"],["#f7572f","#3d120b"],["#2f8ef7","#0b203d"],["#f7c52f","#3d300b"],["#f72f8e","#3d0b24"]];function Ct(i){return M(i)?new Promise(s=>{let e=new Image;e.crossOrigin="anonymous",e.referrerPolicy="no-referrer",e.onload=()=>s(e),e.onerror=()=>s(null),e.src=i}):Promise.resolve(null)}function I(i,s,e){if(i.measureText(s).width<=e)return s;let t=s;for(;t.length>1&&i.measureText(`${t}\u2026`).width>e;)t=t.slice(0,-1);return`${t}\u2026`}function Mt(i,s,e,t,r){let[n,a]=Se[e%Se.length],o=i.createLinearGradient(0,0,$,N);o.addColorStop(0,n),o.addColorStop(1,a),i.fillStyle=o,i.fillRect(0,0,$,N),i.fillStyle="#ffffff",i.textBaseline="top";let l="system-ui, Roboto, 'Segoe UI', sans-serif",c=80;i.font=`600 52px ${l}`,i.fillText(I(i,s.title,$-160),80,c),c+=110,t&&(i.save(),s.round&&(i.beginPath(),i.arc(80+360/2,c+360/2,360/2,0,Math.PI*2),i.clip()),i.drawImage(t,80,c,360,360),i.restore(),c+=410),s.value&&(i.font=`800 ${s.value.length>14?84:140}px ${l}`,i.fillText(I(i,s.value,$-160),80,c),c+=s.value.length>14?110:165),s.caption&&(i.font=`400 40px ${l}`,i.fillText(I(i,s.caption,$-160),80,c),c+=80);for(let m of s.lines.slice(0,5)){if(c>N-200)break;i.font=`600 40px ${l}`,i.fillText(I(i,m.text,$-160),80,c),c+=52,m.sub&&(i.globalAlpha=.8,i.font=`400 32px ${l}`,i.fillText(I(i,m.sub,$-160),80,c),i.globalAlpha=1,c+=52),c+=14}i.globalAlpha=.7,i.font=`400 30px ${l}`,i.fillText(I(i,r,$-160),80,N-90),i.globalAlpha=1}function Ht(i){return new Promise((s,e)=>{i.toBlob(t=>t?s(t):e(new Error("no image")),"image/png")})}async function ot(i,s,e=!0){let t=i.length===1,r=t?1:.5,n=t?1:2,a=Math.ceil(i.length/n),o=document.createElement("canvas");o.width=$*r*n,o.height=N*r*a;let l=o.getContext("2d");if(!l)throw new Error("no canvas");let c=e?await Promise.all(i.map(m=>Ct(m.image))):i.map(()=>null);i.forEach((m,h)=>{l.save(),l.translate(h%n*$*r,Math.floor(h/n)*N*r),l.scale(r,r),Mt(l,m,h,c[h],s),l.restore()});try{return await Ht(o)}catch(m){if(e)return ot(i,s,!1);throw m}}function jt(i,s){let e=URL.createObjectURL(i),t=document.createElement("a");t.href=e,t.download=s,t.click(),window.setTimeout(()=>URL.revokeObjectURL(e),1e4)}var J=class extends w{constructor(){super(...arguments);this.whose="me";this.period="";this.writable=!1;this._making=!1;this._asked="";this._periodsFor="";this._t=(e,t)=>b(this._lang,e,t)}get _lang(){return K(this.hass?.locale?.language??this.hass?.language)}_whoseFields(){return this.whose==="everyone"?{everyone:!0}:this.whose&&this.whose!=="me"?{config_entry_id:this.whose}:{}}_chosen(){return this.period||(this._periods?.years[0]!==void 0?String(this._periods.years[0]):"")}willUpdate(e){if(!this.hass)return;this._periodsFor!==this.whose&&(this._periodsFor=this.whose,this._periods=void 0,f(this.hass,"recap_periods",this._whoseFields()).then(n=>{this._periods=n}).catch(n=>{this._error=A(n)}));let t=this._chosen(),r=JSON.stringify([this.whose,t]);if(t&&r!==this._asked&&(e.has("period")||e.has("whose")||e.has("_periods")||!this._asked)){this._asked=r,this._answer=void 0,this._error=void 0;let n=t.includes("-")?{month:t}:{year:Number(t)};f(this.hass,"recap",{...n,...this._whoseFields()}).then(a=>{r===this._asked&&(this._answer=a)}).catch(a=>{this._error=A(a)})}}_choose(e,t){this.dispatchEvent(new CustomEvent("recap-changed",{detail:{period:e,whose:t},bubbles:!0,composed:!0})),this.period=e,this.whose=t}_cards(){return!this._answer||this._answer.status!=="ready"?[]:at(this._answer,j(this._chosen(),this._lang),this._t,this._lang)}async image(e){let t=this._cards(),r=e?t.filter(n=>n.id===e):t;return ot(r,`Encore \xB7 ${j(this._chosen(),this._lang)}`)}async _makePlaylist(){let e=this._chosen(),t=this._asked,r=e.includes("-")?{month:e}:{year:Number(e)},n=this.whose&&this.whose!=="me"?{config_entry_id:this.whose,account:this.whose}:{};this._making=!0,this._error=void 0;try{let a=await f(this.hass,"create_playlist",{...r,...n,name:`Encore \xB7 ${j(e,this._lang)}`});this._playlist={name:a.name,url:a.url,key:t}}catch(a){this._error=A(a)}finally{this._making=!1}}async _save(e){let t=await this.image(e);jt(t,`encore-recap-${this._chosen()}${e?`-${e}`:""}.png`)}render(){let e=this._lang,t=this._periods,r=this._chosen(),n=r?j(r,e):"";return p`
      <div class="pickers">
        <label
          >${this._t("recap.choose")}
          <select id="recap-period" @change=${a=>this._choose(a.target.value,this.whose)}>
            ${t?p`<optgroup label=${this._t("recap.years")}>
                    ${t.years.map(a=>p`<option value=${String(a)} ?selected=${r===String(a)}>${a}</option>`)}
                  </optgroup>
                  <optgroup label=${this._t("recap.months")}>
                    ${t.months.map(a=>p`<option value=${a} ?selected=${r===a}>${j(a,e)}</option>`)}
                  </optgroup>`:u}
          </select>
        </label>
        <label
          >${this._t("whose.label")}
          <select id="recap-whose" @change=${a=>this._choose(this.period,a.target.value)}>
            <option value="me" ?selected=${this.whose==="me"}>${this._t("whose.me")}</option>
            <option value="everyone" ?selected=${this.whose==="everyone"}>${this._t("whose.everyone")}</option>
            ${this.whose!=="me"&&this.whose!=="everyone"?p`<option value=${this.whose} selected>${this.whose}</option>`:u}
          </select>
        </label>
        ${this._answer?.status==="ready"?p`<button class="save-all" @click=${()=>this._save()}>${this._t("recap.save_all")}</button>`:u}
        ${this._answer?.status==="ready"&&this.writable&&this.whose!=="everyone"&&this._answer.music?.song_uris?.length?p`<button class="playlist" ?disabled=${this._making} @click=${()=>this._makePlaylist()}>
              ${this._t("recap.save_playlist")}
            </button>`:u}
      </div>
      ${this._playlist&&this._playlist.key===this._asked?p`<p class="playlist-saved" role="status">
            ${this._t("recap.playlist_saved",{name:this._playlist.name})}
            <a href=${this._playlist.url} target="_blank" rel="noreferrer">${this._t("recap.open_playlist")}</a>
          </p>`:u}
      ${this._error?p`<p class="error" role="alert">${this._error}</p>`:u}
      ${t&&!t.years.length?p`<div class="card nothing" data-recap="nothing">${this._t("recap.no_data")}</div>`:this._answer?this._answer.status!=="ready"?p`<div class="card nothing" data-recap="nothing">${this._t("recap.nothing",{period:n})}</div>`:p`<ol class="recap-cards">
                ${this._cards().map((a,o)=>this._card(a,o))}
              </ol>`:this._error?u:p`<p class="muted" role="status">${this._t("recap.loading")}</p>`}
    `}_card(e,t){return p`<li class="recap-card tone${t%Se.length}" data-card=${e.id}>
      <h2>${e.title}</h2>
      ${e.image!==void 0&&M(e.image)?p`<div class="hero">${G(e.image,e.round?"artist":"track",120)}</div>`:u}
      ${e.value?p`<div class="value">${e.value}</div>`:u}
      ${e.caption?p`<div class="caption">${e.caption}</div>`:u}
      <ul>
        ${e.lines.map(r=>p`<li>
            <span class="text">${r.text}</span>${r.sub?p`<span class="sub">${r.sub}</span>`:u}
          </li>`)}
      </ul>
      <button class="save" data-save=${e.id} @click=${()=>this._save(e.id)}>${this._t("recap.save")}</button>
    </li>`}};J.properties={hass:{attribute:!1},whose:{},period:{},_periods:{state:!0},_answer:{state:!0},writable:{type:Boolean},_error:{state:!0},_playlist:{state:!0},_making:{state:!0}},J.styles=[ae,T`
      :host {
        display: block;
      }
      .pickers {
        display: flex;
        flex-wrap: wrap;
        gap: 12px;
        align-items: end;
        margin-bottom: 16px;
      }
      label {
        display: flex;
        flex-direction: column;
        font-size: 0.85rem;
        color: var(--secondary-text-color);
        gap: 4px;
      }
      select,
      button {
        font: inherit;
        color: var(--primary-text-color);
        background: var(--card-background-color, #fff);
        border: 1px solid var(--divider-color, #ccc);
        border-radius: 8px;
        padding: 8px 12px;
        min-height: 40px;
      }
      button {
        cursor: pointer;
      }
      ol.recap-cards {
        list-style: none;
        padding: 0;
        margin: 0;
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, 340px), 1fr));
        gap: 16px;
      }
      .recap-card {
        border-radius: 20px;
        padding: 24px;
        color: #fff;
        min-width: 0;
        display: flex;
        flex-direction: column;
        gap: 8px;
      }
      .tone0 { background: linear-gradient(135deg, #1db954, #0b3d20); }
      .tone1 { background: linear-gradient(135deg, #7b2ff7, #1a0b3d); }
      .tone2 { background: linear-gradient(135deg, #f7572f, #3d120b); }
      .tone3 { background: linear-gradient(135deg, #2f8ef7, #0b203d); }
      .tone4 { background: linear-gradient(135deg, #b8860b, #3d300b); }
      .tone5 { background: linear-gradient(135deg, #f72f8e, #3d0b24); }
      .recap-card h2 {
        margin: 0;
        font-size: 1.2rem;
      }
      .recap-card .value {
        font-size: 2.4rem;
        font-weight: 800;
        line-height: 1.1;
        overflow-wrap: anywhere;
      }
      .recap-card .caption {
        font-size: 1rem;
        opacity: 0.9;
        overflow-wrap: anywhere;
      }
      .recap-card ul {
        list-style: none;
        padding: 0;
        margin: 8px 0 0;
        display: flex;
        flex-direction: column;
        gap: 8px;
      }
      .recap-card ul li {
        display: flex;
        flex-direction: column;
        min-width: 0;
      }
      .recap-card .text {
        font-weight: 600;
        overflow: hidden;
        text-overflow: ellipsis;
        white-space: nowrap;
      }
      .recap-card[data-card="intro"] .text {
        white-space: normal;
      }
      .recap-card .sub {
        font-size: 0.85rem;
        opacity: 0.85;
        overflow: hidden;
        text-overflow: ellipsis;
        white-space: nowrap;
      }
      .recap-card .hero img,
      .recap-card .hero .art {
        border-radius: 8px;
      }
      .recap-card .hero .round {
        border-radius: 50%;
      }
      .recap-card button.save {
        align-self: flex-start;
        margin-top: auto;
        background: rgba(255, 255, 255, 0.18);
        color: #fff;
        border-color: rgba(255, 255, 255, 0.4);
      }
      .nothing {
        font-size: 1.1rem;
      }
      .error {
        color: var(--error-color, #db4437);
      }
    `];customElements.get("encore-recap")||customElements.define("encore-recap",J);var lt=["artist","track","album","show"],pt=50,It=["overview","timeline","recap","import","data"],ct=new Set(["import","data"]),Q=class extends w{constructor(){super(...arguments);this.narrow=!1;this._route=V(window.location.hash);this._question={period:"this_month",whose:"me"};this._overview={top:{}};this._timeline=[];this._timelineDone=!1;this._purgeMode="before";this._loaded="";this._onHash=()=>{this._route=V(window.location.hash)};this._onClick=e=>{if(e.defaultPrevented||e.button!==0||e.metaKey||e.ctrlKey||e.shiftKey)return;let r=e.composedPath().find(n=>n instanceof HTMLAnchorElement)?.getAttribute("href");r?.startsWith("#")&&(e.preventDefault(),e.stopPropagation(),history.pushState(null,"",r),this._route=V(r),window.scrollTo(0,0))};this._timelineGeneration=0;this._timelineLoading=!1;this._periodStart=null}get _lang(){return K(this.hass?.locale?.language??this.hass?.language)}_t(e,t){return b(this._lang,e,t)}connectedCallback(){super.connectedCallback(),window.addEventListener("hashchange",this._onHash),window.addEventListener("popstate",this._onHash),this.addEventListener("click",this._onClick);let{params:e}=this._route;e.period&&xe.includes(e.period)?this._question={period:e.period,whose:e.whose??"me",start:e.start,end:e.end}:e.whose&&(this._question={...this._question,whose:e.whose})}disconnectedCallback(){super.disconnectedCallback(),window.removeEventListener("hashchange",this._onHash),window.removeEventListener("popstate",this._onHash),this.removeEventListener("click",this._onClick),this._stopSubscriptions(),this._observer?.disconnect(),this._loaded=""}_stopSubscriptions(){for(let e of[this._unsubscribe,this._unsubscribeImports,this._unsubscribeArtwork])e?.then(t=>t()).catch(()=>{});this._unsubscribe=void 0,this._unsubscribeImports=void 0,this._unsubscribeArtwork=void 0,window.clearTimeout(this._artworkTimer),this._artworkTimer=void 0}_followArtwork(e){this._unsubscribeArtwork=this.hass.connection.subscribeMessage(()=>{this._artworkTimer===void 0&&(this._artworkTimer=window.setTimeout(()=>{this._artworkTimer=void 0,e()},Ge))},{type:"encore/subscribe_artwork"}),this._unsubscribeArtwork.catch(()=>{})}willUpdate(e){if(!this.hass)return;!this._info&&e.has("hass")&&f(this.hass,"info").then(r=>{this._info=r}).catch(r=>{this._error=A(r)});let t=JSON.stringify([this._route,this._question]);t!==this._loaded&&(this._loaded=t,this._load())}_fields(){return Je(this._question)}_load(){this._error=void 0,this._message=void 0,this._stopSubscriptions();let e=this._route.page;e==="overview"?(this._loadOverview(),this._followArtwork(()=>this._askTops(this._fields()))):e==="item"?(this._loadItem(),this._followArtwork(()=>this._loadItem(!1))):e==="timeline"?(this._timelineGeneration+=1,this._timelineLoading=!1,this._timeline=[],this._timelineDone=!1,this._loadTimeline()):e==="import"&&(this._loadSync(),this._unsubscribeImports=this.hass.connection.subscribeMessage(t=>this._onImport(t),{type:"encore/subscribe_imports"}),this._unsubscribeImports.catch(()=>{}))}_fail(e){this._error=this._t("error.generic",{message:A(e)})}_loadOverview(){let e=this._fields();this._overview={top:{}};let t=()=>{f(this.hass,"minutes_by_day",e).then(n=>{this._overview={...this._overview,days:n}}).catch(n=>this._fail(n)),this._askTops(e)},r=!0;this._unsubscribe=this.hass.connection.subscribeMessage(n=>{this._overview={...this._overview,stats:n},r||t(),r=!1},{type:"encore/subscribe_stats",...e}),this._unsubscribe.catch(n=>this._fail(n)),t()}_askTops(e){for(let t of lt)f(this.hass,"top_items",{...e,kind:t,limit:10}).then(r=>{this._overview={...this._overview,top:{...this._overview.top,[t]:r}}}).catch(r=>this._fail(r))}_itemFields(){let{kind:e,name:t}=this._route.params;return{...this._fields(),[e==="track"?"track":"artist"]:t}}_loadItem(e=!0){e&&(this._item=void 0),f(this.hass,"item",this._itemFields()).then(t=>{this._item=t}).catch(t=>this._fail(t))}_loadTimeline(){if(this._timelineLoading||this._timelineDone)return;this._timelineLoading=!0;let e=this._timelineGeneration,t=this._fields(),r=this._timeline[this._timeline.length-1],n=t;if(r){n={...t,period:"custom",end:r.ended_at};let a=this._periodStart;n.start=a??"1970-01-02T00:00:00+00:00"}f(this.hass,"play_history",{...n,limit:pt}).then(a=>{e===this._timelineGeneration&&(r||(this._periodStart=a.period.start),this._timeline=[...this._timeline,...a.plays],this._timelineDone=a.plays.length<pt)}).catch(a=>this._fail(a)).finally(()=>{e===this._timelineGeneration&&(this._timelineLoading=!1)})}_loadSync(){f(this.hass,"sync_status").then(e=>{this._sync=e}).catch(e=>this._fail(e))}_onImport(e){this._import=e,e.status!=="running"&&this._loadSync()}updated(){let e=this.renderRoot.querySelector("#more");this._observer?.disconnect(),e&&!this._timelineDone&&"IntersectionObserver"in window&&(this._observer=new IntersectionObserver(t=>{t.some(r=>r.isIntersecting)&&(this._observer?.disconnect(),this._loadTimeline())}),this._observer.observe(e))}_recapWritable(e){let t=this._info?.accounts??[];return e==="me"?t.some(r=>r.mine&&r.writable):t.some(r=>r.config_entry_id===e&&r.writable)}render(){let e=this._info?.is_admin??this.hass?.user?.is_admin??!1,t=this._route.page,r=!ct.has(t)||e;return p`
      <header>
        <div class="toolbar">
          ${this.narrow?p`<ha-menu-button .hass=${this.hass} .narrow=${this.narrow}></ha-menu-button>`:u}
          <h1>${this._t("title")}</h1>
        </div>
        <nav class="tabs" aria-label=${this._t("title")}>
          ${It.filter(n=>e||!ct.has(n)).map(n=>p`<a
              href=${Z(n,this._routeParams())}
              aria-current=${t===n||t==="item"&&n==="overview"?"page":"false"}
              >${this._t(`nav.${n}`)}</a
            >`)}
        </nav>
      </header>
      <main>
        ${t==="overview"||t==="item"||t==="timeline"?this._pickers():u}
        ${this._error?p`<p class="error" role="alert">${this._error}</p>`:u}
        ${this._message?p`<p role="status">${this._message}</p>`:u}
        ${r?t==="item"?this._itemPage():t==="timeline"?this._timelinePage():t==="import"?this._importPage():t==="data"?this._dataPage():t==="recap"?p`<encore-recap
                        .hass=${this.hass}
                        .writable=${this._recapWritable(this._route.params.whose??this._question.whose)}
                        .whose=${this._route.params.whose??this._question.whose}
                        .period=${/^\d{4}(-\d{2})?$/.test(this._route.params.period??"")?this._route.params.period:""}
                      ></encore-recap>`:this._overviewPage():p`<p>${this._t("import.admin_only")}</p>`}
      </main>
    `}_routeParams(){let{period:e,whose:t,start:r,end:n}=this._question;return{period:e,whose:t==="me"?void 0:t,start:r,end:n}}_setQuestion(e){this._question=e;let t=Z(this._route.page,{...this._route.params,...this._routeParams()});history.replaceState(null,"",t),this._route=V(t)}_pickers(){let e=this._question;return p`<div class="pickers">
      <label
        >${this._t("period.label")}
        <select
          id="period"
          @change=${t=>this._setQuestion({...e,period:t.target.value})}
        >
          ${xe.map(t=>p`<option value=${t} ?selected=${e.period===t}>${this._t(`period.${t}`)}</option>`)}
        </select>
      </label>
      ${e.period==="custom"?p`<label
              >${this._t("period.from")}
              <input
                type="date"
                .value=${e.start??""}
                @change=${t=>this._setQuestion({...e,start:t.target.value})}
            /></label>
            <label
              >${this._t("period.to")}
              <input
                type="date"
                .value=${e.end??""}
                @change=${t=>this._setQuestion({...e,end:t.target.value})}
            /></label>`:u}
      <label
        >${this._t("whose.label")}
        <select
          id="whose"
          @change=${t=>this._setQuestion({...e,whose:t.target.value})}
        >
          <option value="me" ?selected=${e.whose==="me"}>${this._t("whose.me")}</option>
          ${(this._info?.accounts??[]).map(t=>p`<option value=${t.config_entry_id} ?selected=${e.whose===t.config_entry_id}>
              ${t.persons.length?this._t("whose.account_of",{title:t.title,persons:t.persons.join(", ")}):this._t("whose.account",{title:t.title})}
            </option>`)}
          <option value="everyone" ?selected=${e.whose==="everyone"}>${this._t("whose.everyone")}</option>
        </select>
      </label>
    </div>`}_tile(e,t,r){return p`<div class="card tile" data-tile=${e}>
      <div class="value">${r??"\u2026"}</div>
      <div class="label">${t}</div>
    </div>`}_overviewPage(){let{stats:e,days:t,top:r}=this._overview,n=e?.totals,a=n?.plays??0,o=this._lang;return p`
      <section class="tiles" aria-label=${this._t("nav.overview")}>
        ${this._tile("plays",this._t("tile.plays"),n?.plays.toLocaleString(o))}
        ${this._tile("time",this._t("tile.time"),n?S(n.ms_streamed/6e4):void 0)}
        ${this._tile("artists",this._t("tile.artists"),n?.artists.toLocaleString(o))}
        ${this._tile("tracks",this._t("tile.tracks"),n?.tracks.toLocaleString(o))}
        ${this._tile("new_artists",this._t("tile.new_artists"),e?.taste.new_artists_count.toLocaleString(o))}
        ${this._tile("streak",this._t("tile.streak"),e?this._t("tile.streak_days",{days:e.taste.streaks.current_days}):void 0)}
        ${this._tile("skip_rate",this._t("tile.skip_rate"),e?ke(e.skip_rate):void 0)}
      </section>
      <section class="two">
        ${re([t,o],()=>this._daysCard(t))}
        <div class="card">
          <h2>${this._t("chart.heatmap")}</h2>
          ${re([e?.heatmap,o],()=>e?rt(e.heatmap,o):u)}
        </div>
      </section>
      <section class="tops">
        ${lt.map(l=>re([r[l],a,o,this._loaded],()=>this._topList(l,r[l],a)))}
      </section>
    `}_daysCard(e){let t=$e(e?.days??[]),r=Ve(t),n=we(t,r);return p`<div class="card">
      <h2>${this._t("chart.time_per",{grouping:this._t(`chart.${r}`)})}</h2>
      ${e&&n.length===0?p`<p class="muted">${this._t("chart.no_data")}</p>`:u}
      ${n.length?ie(n,a=>`${a.start}: ${S(a.minutes)}`):u}
    </div>`}_topList(e,t,r){return p`<div class="card" data-top=${e}>
      <h2>${this._t(`top.${e}`)}</h2>
      ${t&&t.items.length===0?p`<p class="muted">${this._t("chart.no_data")}</p>`:u}
      <ol class="top with-art">
        ${(t?.items??[]).map(n=>this._topEntry(e,n,r))}
      </ol>
    </div>`}_topEntry(e,t,r){let n=r?t.plays/r:0,a=e==="album"?{kind:"artist",name:t.artist??t.name}:{kind:e,name:t.name};return p`<li>
      <span class="rank">${t.rank}</span>
      ${G(t.image,e)}
      <span class="name"
        ><a href=${Z("item",{...a,uri:e==="album"?void 0:t.uri??void 0,...this._routeParams()})}
          >${t.name}</a
        >${t.artist?p` <span class="by">${t.artist}</span>`:u}
        <div class="share" style="width: ${Math.round(n*100)}%"></div
      ></span>
      <span class="figures"
        >${this._t("top.plays",{plays:t.plays.toLocaleString(this._lang)})}<br />${S(t.minutes)}
        · ${ke(n)}</span
      >
    </li>`}_itemPage(){let e=this._item,{name:t,uri:r}=this._route.params;if(!e)return p`<p class="muted">…</p>`;if(!e.match)return p`<p>${this._t("item.no_match",{name:t??""})}</p>`;let n=new Map,a=new Map,o=new Map,l=Array(24).fill(0);for(let d of e.plays){let _=new Date(d.ended_at),y=d.ended_at.slice(0,10);n.set(y,(n.get(y)??0)+d.minutes),a.set(d.device??"?",(a.get(d.device??"?")??0)+1),d.title&&o.set(d.title,(o.get(d.title)??0)+1),l[_.getHours()]+=d.minutes}let c=$e([...n.entries()].sort()),m=Object.values(this.hass.states).filter(d=>d.entity_id.startsWith("media_player.")),h=r??e.plays.find(d=>d.uri)?.uri??void 0,g=d=>[...d.entries()].sort((_,y)=>y[1]-_[1]).slice(0,10);return p`
      <p><a href=${Z("overview",this._routeParams())}>← ${this._t("item.back")}</a></p>
      <div class="item-head">
        ${M(e.image)?G(e.image,e.match.kind,96):u}
        <h2 class="item-title">${e.match.name}${e.match.artist?p` <span class="muted">${e.match.artist}</span>`:u}</h2>
      </div>
      <section class="tiles">
        ${this._tile("item_plays",this._t("item.plays"),e.count.toLocaleString(this._lang))}
        ${this._tile("item_time",this._t("item.time"),S(e.minutes))}
        ${this._tile("first",this._t("item.first"),e.first?new Date(e.first.ended_at).toLocaleDateString(this._lang):"\u2013")}
        ${this._tile("last",this._t("item.last"),e.last?new Date(e.last.ended_at).toLocaleDateString(this._lang):"\u2013")}
      </section>
      ${h&&m.length?p`<form class="card play" @submit=${d=>this._play(d,h)}>
            <label
              >${this._t("item.play_on")}
              <select name="player">
                ${m.map(d=>p`<option value=${d.entity_id}>${String(d.attributes.friendly_name??d.entity_id)}</option>`)}
              </select></label
            >
            <button class="action" type="submit">${this._t("item.play")}</button>
          </form>`:u}
      <section class="two">
        <div class="card">
          <h2>${this._t("chart.time_per",{grouping:this._t("chart.day")})}</h2>
          ${c.length?ie(we(c,"day"),d=>`${d.start}: ${S(d.minutes)}`):u}
        </div>
        <div class="card">
          <h2>${this._t("item.hours")}</h2>
          ${ie(l.map((d,_)=>({start:String(_),minutes:d})),d=>`${d.start}:00: ${S(d.minutes)}`)}
        </div>
        <div class="card">
          <h2>${this._t("top.track")}</h2>
          <ol class="top">
            ${g(o).map(([d,_],y)=>p`<li><span class="rank">${y+1}</span><span class="name">${d}</span
                  ><span class="figures">${this._t("top.plays",{plays:_})}</span></li>`)}
          </ol>
        </div>
        <div class="card">
          <h2>${this._t("item.devices")}</h2>
          <ol class="top">
            ${g(a).map(([d,_],y)=>p`<li><span class="rank">${y+1}</span><span class="name">${d}</span
                  ><span class="figures">${this._t("top.plays",{plays:_})}</span></li>`)}
          </ol>
        </div>
      </section>
      <section class="card">
        <h2>${this._t("item.recent")}</h2>
        ${this._playList(e.plays)}
      </section>
    `}async _play(e,t){e.preventDefault();let n=e.target.elements.namedItem("player").value;try{await this.hass.callService("media_player","play_media",{entity_id:n,media_content_id:t,media_content_type:"music"})}catch(a){this._fail(a)}}_playList(e){return p`<ol class="top timeline">
      ${e.map(t=>p`<li>
          <span class="rank"></span>
          <span class="name"
            >${t.title??"?"}${t.artist?p` <span class="by">${t.artist}</span>`:u}
            <div class="by">
              ${t.device??""} · ${this._t(`source.${t.source}`)}${t.skipped?` \xB7 ${this._t("timeline.skipped")}`:""}
            </div></span
          >
          <span class="figures"
            ><time datetime=${t.ended_at}>${new Date(t.ended_at).toLocaleString(this._lang)}</time><br />${S(t.minutes)}</span
          >
        </li>`)}
    </ol>`}_timelinePage(){return p`<section class="card">
      ${this._playList(this._timeline)}
      ${this._timelineDone?p`<p class="muted">${this._t("timeline.end")}</p>`:p`<button id="more" class="action" @click=${()=>this._loadTimeline()}>${this._t("timeline.more")}</button>`}
    </section>`}_importPage(){let e=this._sync,t=e?.coverage,r=(this._info?.accounts??[]).filter(a=>a.kind==="spotify"),n=this._import;return p`
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
        ${n?this._importState(n):u}
      </section>
      <section class="card">
        <h2>${this._t("chart.coverage")}</h2>
        ${t?p`<p>
                ${this._t("import.days_with_data",{days:t.days_with_data,first:t.first?.slice(0,10)??"\u2013",last:t.last?.slice(0,10)??"\u2013"})}
              </p>
              ${it(t.first,t.last,t.gaps,this._lang)}
              ${t.gaps.length?p`<ul>
                    ${t.gaps.map(([a,o])=>p`<li>${this._t("chart.gap",{start:a,end:o})}</li>`)}
                  </ul>`:p`<p class="muted">${this._t("import.no_gaps")}</p>`}`:u}
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
      </p>`:p`<p role="alert" class="error">${this._t("import.failed",{error:e.error??""})}</p>`}_drop(e){e.preventDefault();let t=e.dataTransfer?.files[0],r=this.renderRoot.querySelector("input[name=file]");t&&r&&e.dataTransfer&&(r.files=e.dataTransfer.files)}async _upload(e){e.preventDefault();let t=e.target,r=t.elements.namedItem("file").files?.[0],n=t.elements.namedItem("account").value;if(!(!r||!n)){this._error=void 0,this._import={status:"uploading",file:r.name};try{let a=new FormData;a.append("file",r);let o=await this.hass.fetchWithAuth("/api/file_upload",{method:"POST",body:a});if(!o.ok)throw new Error(`${o.status} ${o.statusText}`);let{file_id:l}=await o.json();await f(this.hass,"import_upload",{config_entry_id:n,file_id:l}),this._import={account:n,title:"",status:"running",file:r.name,percent:0,rows:0}}catch(a){this._import={account:n,title:"",status:"failed",error:A(a)}}}}_dataPage(){let e=this._info?.accounts??[];return p`
      <section class="card">
        <h2>${this._t("data.export")}</h2>
        <form class="row" @submit=${t=>this._export(t)}>
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
        <form class="purge" @submit=${t=>this._planPurge(t)} @change=${()=>this._purgePlan=void 0}>
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
              ${e.map(t=>p`<option value=${t.config_entry_id}>${t.title}</option>`)}
            </select></label
          >
          <button class="action" type="submit">${this._t("data.purge_check")}</button>
        </form>
        ${this._purgePlan?this._purgeConfirmation(this._purgePlan):u}
      </section>
      <section class="card">
        <h2>${this._t("data.retention")}</h2>
        <p>${this._t("data.retention_text")}</p>
        <a href="/config/integrations/integration/encore">${this._t("data.retention_open")}</a>
      </section>
    `}async _export(e){e.preventDefault();let t=e.target,r=new FormData(t);try{let n=await f(this.hass,"export_history",{path:String(r.get("path")),format:String(r.get("format"))});this._error=void 0,this._message=this._t("data.export_done",{rows:n.rows.toLocaleString(this._lang),path:n.path})}catch(n){this._fail(n)}}async _planPurge(e){e.preventDefault();let t=new FormData(e.target),r={},n=this._purgeMode==="before"?String(t.get("before")??""):"",a=String(t.get("account")??"");if(this._purgeMode==="before"){if(!n)return;r.before=`${n}T00:00:00`}a&&(r.config_entry_id=a),this._purgeMode==="everything"&&!a&&(r.all=!0);let o=this._info?.accounts.find(l=>l.config_entry_id===a)?.title;try{let l=await f(this.hass,"purge_history",{...r,dry_run:!0});this._error=void 0,this._message=void 0,this._purgePlan={fields:r,count:l.would_delete,before:n,whose:o}}catch(l){this._fail(l)}}_purgeConfirmation(e){let t=e.count.toLocaleString(this._lang);if(e.count===0)return p`<p class="purge-plan" role="status">${this._t("data.purge_nothing")}</p>`;let r=e.whose??this._t("data.purge_all_accounts"),n=e.before?this._t("data.purge_range_before",{date:new Date(`${e.before}T00:00:00`).toLocaleDateString(this._lang,{dateStyle:"long"})}):this._t("data.purge_range_everything");return p`
      <div class="purge-plan" role="alertdialog" aria-labelledby="purge-plan-text">
        <p id="purge-plan-text">${this._t("data.purge_plan",{count:t,whose:r,range:n})}</p>
        <p>${this._t("data.purge_kept")}</p>
        <button class="danger" @click=${()=>this._purge(e)}>${this._t("data.purge_confirm_button",{count:t})}</button>
        <button @click=${()=>this._purgePlan=void 0}>${this._t("data.purge_cancel")}</button>
      </div>
    `}async _purge(e){this._purgePlan=void 0;try{let t=await f(this.hass,"purge_history",e.fields);this._error=void 0,this._message=this._t("data.purge_done",{deleted:t.deleted.toLocaleString(this._lang)})}catch(t){this._fail(t)}}};Q.properties={hass:{attribute:!1},narrow:{type:Boolean},_info:{state:!0},_route:{state:!0},_question:{state:!0},_overview:{state:!0},_item:{state:!0},_timeline:{state:!0},_timelineDone:{state:!0},_sync:{state:!0},_import:{state:!0},_message:{state:!0},_error:{state:!0},_purgeMode:{state:!0},_purgePlan:{state:!0}},Q.styles=[ae,T`
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
    `];customElements.get("encore-panel")||customElements.define("encore-panel",Q);export{Q as EncorePanel};

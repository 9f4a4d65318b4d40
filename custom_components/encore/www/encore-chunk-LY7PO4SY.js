var L=globalThis,D=L.ShadowRoot&&(L.ShadyCSS===void 0||L.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype,j=Symbol(),re=new WeakMap,E=class{constructor(e,t,s){if(this._$cssResult$=!0,s!==j)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=e,this.t=t}get styleSheet(){let e=this.o,t=this.t;if(D&&e===void 0){let s=t!==void 0&&t.length===1;s&&(e=re.get(t)),e===void 0&&((this.o=e=new CSSStyleSheet).replaceSync(this.cssText),s&&re.set(t,e))}return e}toString(){return this.cssText}},se=r=>new E(typeof r=="string"?r:r+"",void 0,j),W=(r,...e)=>{let t=r.length===1?r[0]:e.reduce((s,n,o)=>s+(i=>{if(i._$cssResult$===!0)return i.cssText;if(typeof i=="number")return i;throw Error("Value passed to 'css' function must be a 'css' function result: "+i+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")})(n)+r[o+1],r[0]);return new E(t,r,j)},ne=(r,e)=>{if(D)r.adoptedStyleSheets=e.map(t=>t instanceof CSSStyleSheet?t:t.styleSheet);else for(let t of e){let s=document.createElement("style"),n=L.litNonce;n!==void 0&&s.setAttribute("nonce",n),s.textContent=t.cssText,r.appendChild(s)}},B=D?r=>r:r=>r instanceof CSSStyleSheet?(e=>{let t="";for(let s of e.cssRules)t+=s.cssText;return se(t)})(r):r;var{is:Ne,defineProperty:Me,getOwnPropertyDescriptor:Oe,getOwnPropertyNames:Le,getOwnPropertySymbols:De,getPrototypeOf:Ie}=Object,I=globalThis,oe=I.trustedTypes,He=oe?oe.emptyScript:"",Ue=I.reactiveElementPolyfillSupport,T=(r,e)=>r,F={toAttribute(r,e){switch(e){case Boolean:r=r?He:null;break;case Object:case Array:r=r==null?r:JSON.stringify(r)}return r},fromAttribute(r,e){let t=r;switch(e){case Boolean:t=r!==null;break;case Number:t=r===null?null:Number(r);break;case Object:case Array:try{t=JSON.parse(r)}catch{t=null}}return t}},ae=(r,e)=>!Ne(r,e),ie={attribute:!0,type:String,converter:F,reflect:!1,useDefault:!1,hasChanged:ae};Symbol.metadata??=Symbol("metadata"),I.litPropertyMetadata??=new WeakMap;var m=class extends HTMLElement{static addInitializer(e){this._$Ei(),(this.l??=[]).push(e)}static get observedAttributes(){return this.finalize(),this._$Eh&&[...this._$Eh.keys()]}static createProperty(e,t=ie){if(t.state&&(t.attribute=!1),this._$Ei(),this.prototype.hasOwnProperty(e)&&((t=Object.create(t)).wrapped=!0),this.elementProperties.set(e,t),!t.noAccessor){let s=Symbol(),n=this.getPropertyDescriptor(e,s,t);n!==void 0&&Me(this.prototype,e,n)}}static getPropertyDescriptor(e,t,s){let{get:n,set:o}=Oe(this.prototype,e)??{get(){return this[t]},set(i){this[t]=i}};return{get:n,set(i){let p=n?.call(this);o?.call(this,i),this.requestUpdate(e,p,s)},configurable:!0,enumerable:!0}}static getPropertyOptions(e){return this.elementProperties.get(e)??ie}static _$Ei(){if(this.hasOwnProperty(T("elementProperties")))return;let e=Ie(this);e.finalize(),e.l!==void 0&&(this.l=[...e.l]),this.elementProperties=new Map(e.elementProperties)}static finalize(){if(this.hasOwnProperty(T("finalized")))return;if(this.finalized=!0,this._$Ei(),this.hasOwnProperty(T("properties"))){let t=this.properties,s=[...Le(t),...De(t)];for(let n of s)this.createProperty(n,t[n])}let e=this[Symbol.metadata];if(e!==null){let t=litPropertyMetadata.get(e);if(t!==void 0)for(let[s,n]of t)this.elementProperties.set(s,n)}this._$Eh=new Map;for(let[t,s]of this.elementProperties){let n=this._$Eu(t,s);n!==void 0&&this._$Eh.set(n,t)}this.elementStyles=this.finalizeStyles(this.styles)}static finalizeStyles(e){let t=[];if(Array.isArray(e)){let s=new Set(e.flat(1/0).reverse());for(let n of s)t.unshift(B(n))}else e!==void 0&&t.push(B(e));return t}static _$Eu(e,t){let s=t.attribute;return s===!1?void 0:typeof s=="string"?s:typeof e=="string"?e.toLowerCase():void 0}constructor(){super(),this._$Ep=void 0,this.isUpdatePending=!1,this.hasUpdated=!1,this._$Em=null,this._$Ev()}_$Ev(){this._$ES=new Promise(e=>this.enableUpdating=e),this._$AL=new Map,this._$E_(),this.requestUpdate(),this.constructor.l?.forEach(e=>e(this))}addController(e){(this._$EO??=new Set).add(e),this.renderRoot!==void 0&&this.isConnected&&e.hostConnected?.()}removeController(e){this._$EO?.delete(e)}_$E_(){let e=new Map,t=this.constructor.elementProperties;for(let s of t.keys())this.hasOwnProperty(s)&&(e.set(s,this[s]),delete this[s]);e.size>0&&(this._$Ep=e)}createRenderRoot(){let e=this.shadowRoot??this.attachShadow(this.constructor.shadowRootOptions);return ne(e,this.constructor.elementStyles),e}connectedCallback(){this.renderRoot??=this.createRenderRoot(),this.enableUpdating(!0),this._$EO?.forEach(e=>e.hostConnected?.())}enableUpdating(e){}disconnectedCallback(){this._$EO?.forEach(e=>e.hostDisconnected?.())}attributeChangedCallback(e,t,s){this._$AK(e,s)}_$ET(e,t){let s=this.constructor.elementProperties.get(e),n=this.constructor._$Eu(e,s);if(n!==void 0&&s.reflect===!0){let o=(s.converter?.toAttribute!==void 0?s.converter:F).toAttribute(t,s.type);this._$Em=e,o==null?this.removeAttribute(n):this.setAttribute(n,o),this._$Em=null}}_$AK(e,t){let s=this.constructor,n=s._$Eh.get(e);if(n!==void 0&&this._$Em!==n){let o=s.getPropertyOptions(n),i=typeof o.converter=="function"?{fromAttribute:o.converter}:o.converter?.fromAttribute!==void 0?o.converter:F;this._$Em=n;let p=i.fromAttribute(t,o.type);this[n]=p??this._$Ej?.get(n)??p,this._$Em=null}}requestUpdate(e,t,s,n=!1,o){if(e!==void 0){let i=this.constructor;if(n===!1&&(o=this[e]),s??=i.getPropertyOptions(e),!((s.hasChanged??ae)(o,t)||s.useDefault&&s.reflect&&o===this._$Ej?.get(e)&&!this.hasAttribute(i._$Eu(e,s))))return;this.C(e,t,s)}this.isUpdatePending===!1&&(this._$ES=this._$EP())}C(e,t,{useDefault:s,reflect:n,wrapped:o},i){s&&!(this._$Ej??=new Map).has(e)&&(this._$Ej.set(e,i??t??this[e]),o!==!0||i!==void 0)||(this._$AL.has(e)||(this.hasUpdated||s||(t=void 0),this._$AL.set(e,t)),n===!0&&this._$Em!==e&&(this._$Eq??=new Set).add(e))}async _$EP(){this.isUpdatePending=!0;try{await this._$ES}catch(t){Promise.reject(t)}let e=this.scheduleUpdate();return e!=null&&await e,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){if(!this.isUpdatePending)return;if(!this.hasUpdated){if(this.renderRoot??=this.createRenderRoot(),this._$Ep){for(let[n,o]of this._$Ep)this[n]=o;this._$Ep=void 0}let s=this.constructor.elementProperties;if(s.size>0)for(let[n,o]of s){let{wrapped:i}=o,p=this[n];i!==!0||this._$AL.has(n)||p===void 0||this.C(n,void 0,o,p)}}let e=!1,t=this._$AL;try{e=this.shouldUpdate(t),e?(this.willUpdate(t),this._$EO?.forEach(s=>s.hostUpdate?.()),this.update(t)):this._$EM()}catch(s){throw e=!1,this._$EM(),s}e&&this._$AE(t)}willUpdate(e){}_$AE(e){this._$EO?.forEach(t=>t.hostUpdated?.()),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(e)),this.updated(e)}_$EM(){this._$AL=new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$ES}shouldUpdate(e){return!0}update(e){this._$Eq&&=this._$Eq.forEach(t=>this._$ET(t,this[t])),this._$EM()}updated(e){}firstUpdated(e){}};m.elementStyles=[],m.shadowRootOptions={mode:"open"},m[T("elementProperties")]=new Map,m[T("finalized")]=new Map,Ue?.({ReactiveElement:m}),(I.reactiveElementVersions??=[]).push("2.1.2");var Q=globalThis,le=r=>r,H=Q.trustedTypes,pe=H?H.createPolicy("lit-html",{createHTML:r=>r}):void 0,ge="$lit$",y=`lit$${Math.random().toFixed(9).slice(2)}$`,fe="?"+y,ze=`<${fe}>`,w=document,R=()=>w.createComment(""),C=r=>r===null||typeof r!="object"&&typeof r!="function",q=Array.isArray,je=r=>q(r)||typeof r?.[Symbol.iterator]=="function",V=`[ 	
\f\r]`,P=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,de=/-->/g,ce=/>/g,b=RegExp(`>|${V}(?:([^\\s"'>=/]+)(${V}*=${V}*(?:[^ 	
\f\r"'\`<>=]|("|')|))|$)`,"g"),he=/'/g,ue=/"/g,ye=/^(?:script|style|textarea|title)$/i,X=r=>(e,...t)=>({_$litType$:r,strings:e,values:t}),_=X(1),_e=X(2),at=X(3),x=Symbol.for("lit-noChange"),h=Symbol.for("lit-nothing"),me=new WeakMap,v=w.createTreeWalker(w,129);function be(r,e){if(!q(r)||!r.hasOwnProperty("raw"))throw Error("invalid template strings array");return pe!==void 0?pe.createHTML(e):e}var We=(r,e)=>{let t=r.length-1,s=[],n,o=e===2?"<svg>":e===3?"<math>":"",i=P;for(let p=0;p<t;p++){let a=r[p],d,c,l=-1,u=0;for(;u<a.length&&(i.lastIndex=u,c=i.exec(a),c!==null);)u=i.lastIndex,i===P?c[1]==="!--"?i=de:c[1]!==void 0?i=ce:c[2]!==void 0?(ye.test(c[2])&&(n=RegExp("</"+c[2],"g")),i=b):c[3]!==void 0&&(i=b):i===b?c[0]===">"?(i=n??P,l=-1):c[1]===void 0?l=-2:(l=i.lastIndex-c[2].length,d=c[1],i=c[3]===void 0?b:c[3]==='"'?ue:he):i===ue||i===he?i=b:i===de||i===ce?i=P:(i=b,n=void 0);let f=i===b&&r[p+1].startsWith("/>")?" ":"";o+=i===P?a+ze:l>=0?(s.push(d),a.slice(0,l)+ge+a.slice(l)+y+f):a+y+(l===-2?p:f)}return[be(r,o+(r[t]||"<?>")+(e===2?"</svg>":e===3?"</math>":"")),s]},N=class r{constructor({strings:e,_$litType$:t},s){let n;this.parts=[];let o=0,i=0,p=e.length-1,a=this.parts,[d,c]=We(e,t);if(this.el=r.createElement(d,s),v.currentNode=this.el.content,t===2||t===3){let l=this.el.content.firstChild;l.replaceWith(...l.childNodes)}for(;(n=v.nextNode())!==null&&a.length<p;){if(n.nodeType===1){if(n.hasAttributes())for(let l of n.getAttributeNames())if(l.endsWith(ge)){let u=c[i++],f=n.getAttribute(l).split(y),O=/([.?@])?(.*)/.exec(u);a.push({type:1,index:o,name:O[2],strings:f,ctor:O[1]==="."?K:O[1]==="?"?J:O[1]==="@"?Y:A}),n.removeAttribute(l)}else l.startsWith(y)&&(a.push({type:6,index:o}),n.removeAttribute(l));if(ye.test(n.tagName)){let l=n.textContent.split(y),u=l.length-1;if(u>0){n.textContent=H?H.emptyScript:"";for(let f=0;f<u;f++)n.append(l[f],R()),v.nextNode(),a.push({type:2,index:++o});n.append(l[u],R())}}}else if(n.nodeType===8)if(n.data===fe)a.push({type:2,index:o});else{let l=-1;for(;(l=n.data.indexOf(y,l+1))!==-1;)a.push({type:7,index:o}),l+=y.length-1}o++}}static createElement(e,t){let s=w.createElement("template");return s.innerHTML=e,s}};function $(r,e,t=r,s){if(e===x)return e;let n=s!==void 0?t._$Co?.[s]:t._$Cl,o=C(e)?void 0:e._$litDirective$;return n?.constructor!==o&&(n?._$AO?.(!1),o===void 0?n=void 0:(n=new o(r),n._$AT(r,t,s)),s!==void 0?(t._$Co??=[])[s]=n:t._$Cl=n),n!==void 0&&(e=$(r,n._$AS(r,e.values),n,s)),e}var G=class{constructor(e,t){this._$AV=[],this._$AN=void 0,this._$AD=e,this._$AM=t}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(e){let{el:{content:t},parts:s}=this._$AD,n=(e?.creationScope??w).importNode(t,!0);v.currentNode=n;let o=v.nextNode(),i=0,p=0,a=s[0];for(;a!==void 0;){if(i===a.index){let d;a.type===2?d=new M(o,o.nextSibling,this,e):a.type===1?d=new a.ctor(o,a.name,a.strings,this,e):a.type===6&&(d=new Z(o,this,e)),this._$AV.push(d),a=s[++p]}i!==a?.index&&(o=v.nextNode(),i++)}return v.currentNode=w,n}p(e){let t=0;for(let s of this._$AV)s!==void 0&&(s.strings!==void 0?(s._$AI(e,s,t),t+=s.strings.length-2):s._$AI(e[t])),t++}},M=class r{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(e,t,s,n){this.type=2,this._$AH=h,this._$AN=void 0,this._$AA=e,this._$AB=t,this._$AM=s,this.options=n,this._$Cv=n?.isConnected??!0}get parentNode(){let e=this._$AA.parentNode,t=this._$AM;return t!==void 0&&e?.nodeType===11&&(e=t.parentNode),e}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(e,t=this){e=$(this,e,t),C(e)?e===h||e==null||e===""?(this._$AH!==h&&this._$AR(),this._$AH=h):e!==this._$AH&&e!==x&&this._(e):e._$litType$!==void 0?this.$(e):e.nodeType!==void 0?this.T(e):je(e)?this.k(e):this._(e)}O(e){return this._$AA.parentNode.insertBefore(e,this._$AB)}T(e){this._$AH!==e&&(this._$AR(),this._$AH=this.O(e))}_(e){this._$AH!==h&&C(this._$AH)?this._$AA.nextSibling.data=e:this.T(w.createTextNode(e)),this._$AH=e}$(e){let{values:t,_$litType$:s}=e,n=typeof s=="number"?this._$AC(e):(s.el===void 0&&(s.el=N.createElement(be(s.h,s.h[0]),this.options)),s);if(this._$AH?._$AD===n)this._$AH.p(t);else{let o=new G(n,this),i=o.u(this.options);o.p(t),this.T(i),this._$AH=o}}_$AC(e){let t=me.get(e.strings);return t===void 0&&me.set(e.strings,t=new N(e)),t}k(e){q(this._$AH)||(this._$AH=[],this._$AR());let t=this._$AH,s,n=0;for(let o of e)n===t.length?t.push(s=new r(this.O(R()),this.O(R()),this,this.options)):s=t[n],s._$AI(o),n++;n<t.length&&(this._$AR(s&&s._$AB.nextSibling,n),t.length=n)}_$AR(e=this._$AA.nextSibling,t){for(this._$AP?.(!1,!0,t);e!==this._$AB;){let s=le(e).nextSibling;le(e).remove(),e=s}}setConnected(e){this._$AM===void 0&&(this._$Cv=e,this._$AP?.(e))}},A=class{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(e,t,s,n,o){this.type=1,this._$AH=h,this._$AN=void 0,this.element=e,this.name=t,this._$AM=n,this.options=o,s.length>2||s[0]!==""||s[1]!==""?(this._$AH=Array(s.length-1).fill(new String),this.strings=s):this._$AH=h}_$AI(e,t=this,s,n){let o=this.strings,i=!1;if(o===void 0)e=$(this,e,t,0),i=!C(e)||e!==this._$AH&&e!==x,i&&(this._$AH=e);else{let p=e,a,d;for(e=o[0],a=0;a<o.length-1;a++)d=$(this,p[s+a],t,a),d===x&&(d=this._$AH[a]),i||=!C(d)||d!==this._$AH[a],d===h?e=h:e!==h&&(e+=(d??"")+o[a+1]),this._$AH[a]=d}i&&!n&&this.j(e)}j(e){e===h?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,e??"")}},K=class extends A{constructor(){super(...arguments),this.type=3}j(e){this.element[this.name]=e===h?void 0:e}},J=class extends A{constructor(){super(...arguments),this.type=4}j(e){this.element.toggleAttribute(this.name,!!e&&e!==h)}},Y=class extends A{constructor(e,t,s,n,o){super(e,t,s,n,o),this.type=5}_$AI(e,t=this){if((e=$(this,e,t,0)??h)===x)return;let s=this._$AH,n=e===h&&s!==h||e.capture!==s.capture||e.once!==s.once||e.passive!==s.passive,o=e!==h&&(s===h||n);n&&this.element.removeEventListener(this.name,this,s),o&&this.element.addEventListener(this.name,this,e),this._$AH=e}handleEvent(e){typeof this._$AH=="function"?this._$AH.call(this.options?.host??this.element,e):this._$AH.handleEvent(e)}},Z=class{constructor(e,t,s){this.element=e,this.type=6,this._$AN=void 0,this._$AM=t,this.options=s}get _$AU(){return this._$AM._$AU}_$AI(e){$(this,e)}};var Be=Q.litHtmlPolyfillSupport;Be?.(N,M),(Q.litHtmlVersions??=[]).push("3.3.3");var ve=(r,e,t)=>{let s=t?.renderBefore??e,n=s._$litPart$;if(n===void 0){let o=t?.renderBefore??null;s._$litPart$=n=new M(e.insertBefore(R(),o),o,void 0,t??{})}return n._$AI(r),n};var ee=globalThis,S=class extends m{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){let e=super.createRenderRoot();return this.renderOptions.renderBefore??=e.firstChild,e}update(e){let t=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(e),this._$Do=ve(t,this.renderRoot,this.renderOptions)}connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(!0)}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(!1)}render(){return x}};S._$litElement$=!0,S.finalized=!0,ee.litElementHydrateSupport?.({LitElement:S});var Fe=ee.litElementPolyfillSupport;Fe?.({LitElement:S});(ee.litElementVersions??=[]).push("4.2.2");function vt(r,e){return r.filter(t=>t.config_entry_id===e||t.kind!=="sonos"&&t.has_plays!==!1)}function wt(r){return!!r&&/^(lastfm|listenbrainz|listenbrainz_export):/.test(r)}function xt(r,e,t={}){return r.callWS({type:`encore/${e}`,...t})}function $t(r){return r&&typeof r=="object"&&"message"in r?String(r.message):String(r)}var U={title:"Encore",nav:{overview:"Overview",timeline:"Timeline",import:"Import",data:"Data",recap:"Recap"},period:{label:"Period",today:"Today",yesterday:"Yesterday",this_week:"This week",last_week:"Last week",this_month:"This month",last_month:"Last month",this_year:"This year",last_year:"Last year",all_time:"All time",custom:"Custom range",from:"From",to:"To",pick_range:"Pick the first and the last day of the period.",reversed:"The last day comes before the first: pick them the other way round.",bad_date:"Write the date as {example}.",calendar:"Open the calendar",previous_month:"Previous month",next_month:"Next month"},whose:{label:"Whose",me:"Me",everyone:"The whole household",account:"{title}",account_of:"{title} ({persons})",none_linked:"No Spotify account is linked to you: \u201CMe\u201D shows the listening of {accounts}.",shown:"\u201CMe\u201D shows the listening of {accounts}."},content:{label:"What",everything:"Everything",music:"Music",podcasts:"Podcasts"},tile:{plays:"Plays",time:"Listening time",artists:"Artists",tracks:"Songs",new_artists:"New artists",streak:"Streak",streak_days:"{days, plural, one {# day} other {# days}}",skip_rate:"Skip rate"},chart:{time_per:"Listening time per {grouping}",day:"day",week:"week",month:"month",heatmap:"When you listen",heatmap_cell:"{day} {hour}:00, {minutes} min",coverage:"What the history holds",gap:"Gap: {start} \u2013 {end}",no_data:"Nothing played in this period.",hours_axis:"Hours",minutes_axis:"Minutes",hour:"{hour}:00",legend:"Shade: listening time in one hour, from none to {most}"},weekday:{"0":"Mon","1":"Tue","2":"Wed","3":"Thu","4":"Fri","5":"Sat","6":"Sun"},top:{artist:"Top artists",track:"Top tracks",album:"Top albums",show:"Top podcasts",plays:"{plays, plural, one {# play} other {# plays}}",share:"{share} of plays"},item:{back:"Back to the overview",plays:"Plays in this period",time:"Time in this period",first:"First play",last:"Last play",recent:"Latest plays",devices:"Devices",hours:"Hours of the day",play_on:"Play on",play:"Play",no_match:"Nothing in the history matches \u201C{name}\u201D.",unknown_device:"Unknown device",episodes:"Episodes"},timeline:{more:"Load more",end:"That is everything in this period.",device:"Device",source:"Source",skipped:"skipped"},source:{export_extended:"Spotify export",export_account:"Spotify export (account data)",spotify_recent:"Spotify recently played",spotify_player:"Spotify player",sonos:"Sonos",media_player:"Media player",lastfm:"Last.fm",listenbrainz:"ListenBrainz"},import:{intro:"Drop the ZIP of your Spotify data export (or ListenBrainz's export) here, or choose it.",choose:"Choose a file",account:"Account",start:"Import",uploading:"Uploading {file}\u2026",running:"Importing {file}: {percent} %, {rows, plural, one {# row} other {# rows}}",completed:"{imported, plural, one {Imported # play} other {Imported # plays}} ({duplicates} already known, {replaced} replaced).",completed_scrobbles:"{imported, plural, one {Imported # new play} other {Imported # new plays}}: {already_held} already held, {joined} matched to known songs by name, {new_songs, plural, one {# new song} other {# new songs}}, {skipped} skipped.",failed:"The import failed: {error}",jobs:"Jobs",job_kind:"Kind",job_status:"Status",job_started:"Started",job_counts:"Counts",days_with_data:"{days, plural, one {# day} other {# days}} with plays, from {first} to {last}",no_gaps:"No gaps of a week or more.",admin_only:"Only administrators can import.",again:"This export was imported before: the history already holds its {files, plural, one {# file} other {# files}}, so nothing new was added.",failed_files:"Files that could not be read:",gaps:"{count, plural, one {# gap of a week or more} other {# gaps of a week or more}}. The longest:",gaps_all:"Every gap"},data:{export:"Export",export_path:"File (in an allowed folder, e.g. /media/encore.csv)",export_format:"Format",export_done:"Exported {rows, plural, one {# row} other {# rows}} to {path}.",purge:"Delete plays",purge_before:"Plays that ended before",purge_account:"Whose plays",purge_all:"Every account",purge_done:"Deleted {deleted, plural, one {# play} other {# plays}}.",retention:"Retention",retention_text:"How long plays are kept is set in Encore's history settings.",retention_open:"Open the settings",run:"Run",purge_what:"What to delete",purge_everything:"Everything (every play, whatever its date)",purge_check:"Check what this deletes",purge_nothing:"No play matches: nothing would be deleted.",purge_all_accounts:"every account",purge_range_before:"that ended before {date}",purge_range_everything:"all of them, whatever their date",purge_plan:"This deletes {count, plural, one {# play} other {# plays}} of {whose}, {range}. It cannot be undone.",purge_kept:"The job list and the listening-minutes statistics Home Assistant recorded are kept.",purge_confirm_button:"Delete {count, plural, one {# play} other {# plays}}",purge_cancel:"Cancel",admin_only:"Only administrators can export or delete plays.",format_csv:"CSV (a spreadsheet)",format_jsonl:"JSON Lines (one play a line)",overwrite:"Replace the file if it exists",export_exists:"{path} exists already: tick \u201CReplace the file if it exists\u201D, or choose another name.",purge_streams:"Every stored stream counts here, skips too; the overview counts only plays of 30 seconds or more, so it shows fewer."},error:{generic:"Encore could not answer: {message}",closed:"The listening history is not open."},card:{heatmap_name:"Encore heatmap",heatmap_description:"When the household listens: weekday by hour.",top_name:"Encore top list",top_description:"The most played artists, tracks, albums or podcasts.",stats_name:"Encore listening stats",stats_description:"Plays, listening time, artists, streak and skip rate.",title:"Title",kind:"What to rank",limit:"How many",period:"Period",whose:"Whose history"},recap:{choose:"Recap of",years:"Years",months:"Months",loading:"Putting your recap together\u2026",no_data:"Nothing to recap yet: no plays in the history.",nothing:"Nothing to recap yet for {period}.",title:"Your {period} in music",title_household:"Your home's {period} in music",minutes_caption:"minutes of listening",counts:"{plays, plural, one {# play} other {# plays}} \xB7 {songs, plural, one {# song} other {# songs}} \xB7 {artists, plural, one {# artist} other {# artists}}",change_up:"{minutes, plural, one {# minute} other {# minutes}} more than the period before",change_down:"{minutes, plural, one {# minute} other {# minutes}} fewer than the period before",change_same:"As much as the period before",top_artists:"Top artists",top_songs:"Top songs",top_albums:"Top albums",entry_sub:"{minutes} min \xB7 {plays, plural, one {# play} other {# plays}}",new_number_one:"A new number one (before: {name})",habits:"When you listened",top_day:"Your top day: {minutes, plural, one {# minute} other {# minutes}}",weekday:"Busiest day: {weekday}",hour:"Busiest hour: {hour}",streak:"Longest streak: {days, plural, one {# day} other {# days in a row}}",discoveries:"New to you",discoveries_value:"{count, plural, one {# new artist} other {# new artists}}",biggest:"The biggest: {name}",on_repeat:"On repeat: {name}",on_repeat_sub:"{plays, plural, one {# play} other {# plays}} in the week of {week}",first:"First song: {name}",last:"Last song: {name}",podcasts:"Podcasts",podcast_caption:"minutes of podcasts, {shows, plural, one {# show} other {# shows}}",rooms:"Rooms",minutes_short:"{minutes} min",household:"Your home",listened_most:"listened most: {minutes, plural, one {# minute} other {# minutes}}",number_one:"#1 {name}",common:"Common ground: {name}",save:"Save image",save_all:"Save the whole recap",save_playlist:"Save as playlist",playlist_saved:"Saved as the playlist \u201C{name}\u201D.",open_playlist:"Open in Spotify"},job:{kind:{import:"Import",export:"Export",purge:"Deletion",retention:"Retention",spotify_player:"Spotify player",spotify_recent:"Spotify recently played",sonos:"Sonos",media_player:"Media player"},status:{running:"Running",settling:"Settling",completed:"Completed",completed_with_errors:"Completed with errors",failed:"Failed",interrupted:"Interrupted",stopped:"Stopped"},count:{files:"files",files_imported:"files imported",files_already_imported:"files imported before",files_failed:"files unreadable",rows:"rows",imported:"new plays",duplicates:"duplicates",replaced:"replaced",truncated:"names shortened",deleted:"deleted",recorded:"recorded",fetched:"fetched",new:"new",plays:"plays",skipped:"left out",stored:"stored",merged:"merged",failed:"failed",plays_recorded:"plays recorded"}},heard:{household:"Household",change:"Whose?",session:"The whole session",save:"Save",undo:"Undo the correction",lastfm_kept:"Last.fm keeps its scrobble ({accounts}): it cannot take one back. Delete it on last.fm.",certainty:{certain:"certain",likely:"likely",household:"nobody in particular"},rule:{account:"their Spotify account",started_by:"started it",owner:"their speaker or room",room:"in the room",home:"at home",nobody:"nobody could be told",correction:"corrected",before:"recorded before Encore told",private:"kept private"}},duration:{minutes:"{minutes} min",hours:"{hours} h {minutes} min"}};var $e={de:()=>import("./encore-chunk-3UL6T7CH.js"),nl:()=>import("./encore-chunk-SOO3JTQA.js"),fr:()=>import("./encore-chunk-WXSIBHFZ.js"),es:()=>import("./encore-chunk-L5NHJU46.js")},k={en:U},Ge=["en",...Object.keys($e)],we=new Map;function Et(r){return te(r)in k}function Tt(r){let e=te(r);if(e in k)return Promise.resolve();let t=we.get(e);return t||(t=$e[e]().then(s=>{k[e]=s.default}).catch(()=>{k[e]=U}),we.set(e,t)),t}function xe(r,e){let t=r;for(let s of e.split(".")){if(t===void 0||typeof t=="string")return;t=t[s]}return typeof t=="string"?t:void 0}function te(r){let e=(r??"en").toLowerCase().split("-")[0];return Ge.includes(e)?e:"en"}function g(r,e,t={},s){let n=te(r),o=k[n]?xe(k[n],e):void 0,i=o??xe(U,e)??e;return Se(i,t,o===void 0?"en":n,s)}function Ae(r,e){let t=0;for(let s=e;s<r.length;s+=1)if(r[s]==="{")t+=1;else if(r[s]==="}"&&(t-=1,t===0))return s;return-1}function Ke(r){let e=new Map,t=/\s*(=\d+|zero|one|two|few|many|other)\s*\{/g,s;for(;(s=t.exec(r))!==null;){let n=s.index+s[0].length-1,o=Ae(r,n);if(o<0)break;e.set(s[1],r.slice(n+1,o)),t.lastIndex=o+1}return e}function Se(r,e,t="en",s=n=>n.toLocaleString(t)){let n="",o=0;for(;o<r.length;){let i=r.indexOf("{",o);if(i<0){n+=r.slice(o);break}n+=r.slice(o,i);let p=Ae(r,i);if(p<0){n+=r.slice(i);break}let a=r.slice(i+1,p),d=/^\s*(\w+)\s*,\s*plural\s*,([\s\S]*)$/.exec(a);if(d&&d[1]in e){let c=Number(e[d[1]]),l=Ke(d[2]),u=l.get(`=${c}`)??l.get(new Intl.PluralRules(t).select(c))??l.get("other")??"";n+=Se(u.replace(/#/g,s(c)),e,t,s)}else{let c=a.trim(),l=e[c];n+=l===void 0?r.slice(i,p+1):typeof l=="number"?s(l):l}o=p+1}return n}var Je=864e5;function Ye(r){return r.toISOString().slice(0,10)}function Ee(r){return new Date(`${r}T00:00:00Z`)}function z(r,e){let t=(typeof e=="string"?e:e?.language)??"en",s=Math.round(r);if(s<60)return g(t,"duration.minutes",{minutes:String(s)});let n=Math.floor(s/60),o=s%60;return g(t,"duration.hours",{hours:Te(n,e),minutes:String(o).padStart(2,"0")})}function Te(r,e){return e===void 0||typeof e=="string"?r.toLocaleString(e):r.toLocaleString(e.locales,{useGrouping:e.grouping})}function Ct(r){let e=Math.round(r*100);return e===0&&r>0?"< 1 %":`${e} %`}function Pe(r,e){return r<=0||e<=0?0:Math.round((.15+.85*Math.sqrt(r/e))*100)/100}function Re(r){return Math.max(0,...r.map(e=>Math.max(0,...e)))}var Ze=new Set(["today","this_week","this_month","this_year","all_time","last_days"]);function Nt(r,e=Date.now()){return Ze.has(r.name)||Date.parse(r.end)>e}var Mt=["today","yesterday","this_week","last_week","this_month","last_month","this_year","last_year","all_time","custom"],Ot=["everything","music","podcasts"],Lt={everything:["artist","track","album","show"],music:["artist","track","album"],podcasts:["show"]};function Dt(r){let e={period:r.period};return r.period==="custom"&&(r.start&&(e.start=`${r.start}T00:00:00`),r.end&&(e.end=`${Ye(new Date(Ee(r.end).getTime()+Je))}T00:00:00`)),r.whose==="everyone"?e.everyone=!0:r.whose!=="me"&&(e.config_entry_id=r.whose),r.content&&r.content!=="everything"&&(e.content=r.content),e}function Qe(r,e){try{return new Intl.DateTimeFormat(r,e)}catch{let{timeZone:t,...s}=e;return new Intl.DateTimeFormat(r,s)}}var ke=new Map;function qe(r,e){let t=JSON.stringify([r,e]),s=ke.get(t);return s||(s=Qe(r,e),ke.set(t,s)),s}function It(r,e,t="medium"){return qe(e,{timeZone:"UTC",...typeof t=="string"?{dateStyle:t}:t}).format(Ee(r.slice(0,10)))}function Ht(r,e){return r===null?"\u2013":Te(r,e)}var jt=5e3;function Xe(r){return typeof r=="string"&&r.startsWith("https://")}var Ce="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7";function et(r){r.src!==Ce&&(r.classList.add("none","failed"),r.src=Ce)}function tt(r){et(r.target)}function Wt(r,e,t=40){let s=e==="artist"?" round":"";return Xe(r)?_`<img
    class="art${s}"
    src=${r}
    width=${t}
    height=${t}
    alt=""
    loading="lazy"
    decoding="async"
    referrerpolicy="no-referrer"
    @error=${tt}
  />`:_`<span class="art none${s}" style="width:${t}px;height:${t}px" aria-hidden="true"></span>`}var Vt=W`
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
  .tile {
    container-type: inline-size;
    min-width: 0;
  }
  .tile .value {
    /* "1,233 h 18 min" stays on one line: the figure shrinks with its tile. */
    font-size: clamp(1rem, 13cqi, 1.6rem);
    font-weight: 500;
    line-height: 1.2;
    white-space: nowrap;
  }
  .tile .label {
    color: var(--secondary-text-color);
    font-size: 0.85rem;
  }
  svg.bars rect {
    fill: var(--primary-color);
  }
  /* The grid scales to its card; its words stay readable (at least 11 px). */
  .heatmap-box {
    display: grid;
    grid-template-columns: auto 1fr;
    grid-template-areas: ". hours" "days grid" ". legend";
    column-gap: 6px;
    row-gap: 2px;
    max-width: 560px;
    font-size: 12px;
    color: var(--secondary-text-color);
  }
  .heatmap-hours {
    grid-area: hours;
    position: relative;
    height: 1.3em;
  }
  .heatmap-hours span {
    position: absolute;
    top: 0;
  }
  .heatmap-days {
    grid-area: days;
    display: grid;
    grid-template-rows: repeat(7, 1fr);
    align-items: center;
  }
  svg.heatmap {
    grid-area: grid;
    width: 100%;
    display: block;
  }
  svg.heatmap rect.on {
    fill: var(--primary-color);
  }
  svg.heatmap rect.off {
    fill: var(--secondary-background-color, #eee);
  }
  .heatmap-legend {
    grid-area: legend;
    display: flex;
    align-items: center;
    justify-content: flex-end;
    gap: 3px;
    margin-top: 6px;
  }
  .heatmap-legend span:first-child {
    margin-inline-end: 3px;
  }
  .heatmap-legend span:last-child {
    margin-inline-start: 3px;
  }
  .heatmap-legend .swatch {
    width: 12px;
    height: 12px;
    border-radius: 2px;
  }
  .heatmap-legend .swatch.on {
    background: var(--primary-color);
  }
  .heatmap-legend .swatch.off {
    background: var(--secondary-background-color, #eee);
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
  /* A share is a bar on its track: even 1 % reads as a bar, not a stray dot. */
  .share-track {
    height: 4px;
    margin-top: 4px;
    border-radius: 2px;
    background: var(--divider-color, rgba(0, 0, 0, 0.12));
    overflow: hidden;
  }
  .share {
    height: 100%;
    min-width: 4px;
    background: var(--primary-color);
    border-radius: 2px;
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
  input[type="checkbox"],
  input[type="radio"] {
    min-height: 0;
    width: 18px;
    height: 18px;
    padding: 0;
    margin: 0;
    accent-color: var(--primary-color);
  }
  /* A choice sits beside its words. */
  label.check,
  fieldset > label {
    flex-direction: row;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px;
  }
`;var rt=[.15,.43,.72,1];function Zt(r,e){let t=Re(r),s=14;return _`<div class="heatmap-box">
    <div class="heatmap-hours" aria-hidden="true">
      ${[0,6,12,18].map(n=>_`<span style="left: ${n/24*100}%">${n}</span>`)}
    </div>
    <div class="heatmap-days" aria-hidden="true">
      ${r.map((n,o)=>_`<span>${g(e,`weekday.${o}`)}</span>`)}
    </div>
    <svg class="heatmap" viewBox="0 0 ${24*s} ${7*s}" role="img" aria-label=${g(e,"chart.heatmap")}>
      ${r.map((n,o)=>n.map((i,p)=>_e`<rect
            class=${i>0?"on":"off"}
            x=${p*s+1}
            y=${o*s+1}
            width=${s-2}
            height=${s-2}
            rx="2"
            fill-opacity=${i>0?Pe(i,t):1}
          ><title>${g(e,"chart.heatmap_cell",{day:g(e,`weekday.${o}`),hour:p,minutes:i})}</title></rect>`))}
    </svg>
    <div class="heatmap-legend" role="img" aria-label=${g(e,"chart.legend",{most:z(t,e)})}>
      <span>${z(0,e)}</span>
      <span class="swatch off"></span>
      ${rt.map(n=>_`<span class="swatch on" style="opacity: ${n}"></span>`)}
      <span>${z(t,e)}</span>
    </div>
  </div>`}export{W as a,_ as b,_e as c,x as d,h as e,S as f,vt as g,wt as h,xt as i,$t as j,Et as k,Tt as l,te as m,g as n,Je as o,Ye as p,Ee as q,z as r,Te as s,Ct as t,Nt as u,Mt as v,Ot as w,Lt as x,Dt as y,qe as z,It as A,Ht as B,jt as C,Xe as D,Wt as E,Vt as F,Zt as G};

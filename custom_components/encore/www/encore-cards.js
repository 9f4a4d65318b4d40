import{B as m,C as x,D as P,E as L,F as E,G as U,a as $,b as r,e as n,f,g as T,i as b,j as w,k as v,l as p,m as u,n as a,r as k,t as C,u as A,v as R,y as S}from"./encore-chunk-LY7PO4SY.js";import"./encore-chunk-EP32YBF5.js";var I=R.filter(i=>i!=="custom"),o=class extends f{constructor(){super(...arguments);this._config={type:""};this._subscribed=""}get language(){return u(this.hass?.locale?.language??this.hass?.language)}t(s,e){return a(this.language,s,e)}setConfig(s){this._config={period:"this_week",whose:"me",...s}}getCardSize(){return 4}fields(){return S({period:this._config.period??"this_week",whose:this._config.whose??"me"})}refreshed(){}connectedCallback(){super.connectedCallback(),this._subscribed="",this.requestUpdate()}disconnectedCallback(){super.disconnectedCallback(),this._stop()}_stop(){this._unsubscribe?.then(s=>s()).catch(()=>{}),this._unsubscribe=void 0}willUpdate(s){let e=JSON.stringify(this.fields());!this.hass||e===this._subscribed||(this._subscribed=e,this._stop(),this._unsubscribe=this.hass.connection.subscribeMessage(c=>{this._stats=c,this._error=void 0,this.refreshed()},{type:"encore/subscribe_stats",...this.fields()}),this._unsubscribe.catch(c=>{this._error=this.t("error.generic",{message:w(c)})}))}frame(s,e){return v(this.language)?r`<ha-card>
      <div class="card">
        <h2>${this._config.title??this.t(s)}</h2>
        ${this._error?r`<p class="error">${this._error}</p>`:e}
      </div>
    </ha-card>`:(p(this.language).then(()=>this.requestUpdate()),r`<ha-card></ha-card>`)}};o.properties={hass:{attribute:!1},_config:{state:!0},_stats:{state:!0},_error:{state:!0}},o.styles=[E,$`
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
    `];var h=class extends o{static getStubConfig(){return{period:"this_month"}}static getConfigElement(){return document.createElement("encore-card-editor")}render(){return this.frame("chart.heatmap",this._stats?r`${U(this._stats.heatmap,this.language)}${this._said()}`:n)}_said(){return r`<div class="said">${this.t(`period.${this._stats?.period.name??"this_week"}`)}${this._stats?.said?`, ${this._stats.said}`:""}</div>`}},y=class extends h{getCardSize(){return 3}render(){let t=this._stats;if(!t)return this.frame("card.stats_name",n);let s=[["tile.plays",t.totals.plays.toLocaleString(this.language)],["tile.time",k(t.totals.ms_played/6e4,this.language)],["tile.artists",m(t.totals.artists,this.language)],["tile.tracks",m(t.totals.tracks,this.language)],["tile.new_artists",m(t.taste.new_artists_count,this.language)],...A(t.period)?[["tile.streak",this.t("tile.streak_days",{days:t.taste.streaks.current_days})]]:[],["tile.skip_rate",C(t.skip_rate)]];return this.frame("card.stats_name",r`<div class="tiles">
          ${s.map(([e,c])=>r`<div class="tile"><div class="value">${c}</div><div class="label">${this.t(e)}</div></div>`)}
        </div>
        ${this._said()}`)}},g=class extends h{disconnectedCallback(){super.disconnectedCallback(),this._unsubscribeArtwork?.then(t=>t()).catch(()=>{}),this._unsubscribeArtwork=void 0,window.clearTimeout(this._artworkTimer),this._artworkTimer=void 0}_followArtwork(){!this.hass||this._unsubscribeArtwork||!this._top?.items.some(t=>!P(t.image))||(this._unsubscribeArtwork=this.hass.connection.subscribeMessage(()=>{this._artworkTimer===void 0&&(this._artworkTimer=window.setTimeout(()=>{this._artworkTimer=void 0,this.refreshed()},x))},{type:"encore/subscribe_artwork"}),this._unsubscribeArtwork.catch(()=>{}))}static getStubConfig(){return{period:"this_month",kind:"artist",limit:5}}refreshed(){this.hass&&b(this.hass,"top_items",{...this.fields(),kind:this._config.kind??"artist",limit:this._config.limit??5}).then(t=>{this._top=t,this._followArtwork()}).catch(t=>{this._error=this.t("error.generic",{message:w(t)})})}render(){let t=this._config.kind??"artist",s=this._stats?.totals.plays??0;return this.frame(`top.${t}`,this._top?r`<ol class="top with-art">
              ${this._top.items.map(e=>r`<li>
                  <span class="rank">${e.rank}</span>
                  ${L(e.image,t)}
                  <span class="name">${e.name}${e.artist?r` <span class="by">${e.artist}</span>`:n}</span>
                  <span class="figures"
                    >${this.t("top.plays",{plays:e.plays})}<br />${k(e.minutes,this.language)}${s?` \xB7 ${C(e.plays/s)}`:""}</span
                  >
                </li>`)}
            </ol>
            ${this._said()}`:n)}};g.properties={...o.properties,_top:{state:!0}};var _=class extends f{setConfig(t){this._config=t}willUpdate(){this.hass&&!this._info&&(this._info={is_admin:!1,history_open:!0,accounts:[]},b(this.hass,"info").then(t=>{this._info=t}).catch(()=>{}))}get _lang(){return u(this.hass?.locale?.language??this.hass?.language)}_options(t,s){return t.map(e=>({value:e,label:a(this._lang,`${s}.${e}`)}))}_schema(){let t=[{value:"me",label:a(this._lang,"whose.me")},...T(this._info?.accounts??[],this._config?.whose).map(e=>({value:e.config_entry_id,label:e.title})),{value:"everyone",label:a(this._lang,"whose.everyone")}],s=[{name:"title",selector:{text:{}}},{name:"period",selector:{select:{mode:"dropdown",options:this._options(I,"period")}}},{name:"whose",selector:{select:{mode:"dropdown",options:t}}}];return this._config?.type==="custom:encore-top-card"&&s.push({name:"kind",selector:{select:{mode:"dropdown",options:["artist","track","album","show"].map(e=>({value:e,label:a(this._lang,`top.${e}`)}))}}},{name:"limit",selector:{number:{min:1,max:50,mode:"box"}}}),s}render(){return!this.hass||!this._config?n:v(this._lang)?r`<ha-form
      .hass=${this.hass}
      .data=${this._config}
      .schema=${this._schema()}
      .computeLabel=${t=>a(this._lang,`card.${t.name}`)}
      @value-changed=${t=>this._changed(t)}
    ></ha-form>`:(p(this._lang).then(()=>this.requestUpdate()),n)}_changed(t){t.stopPropagation(),this._config=t.detail.value,this.dispatchEvent(new CustomEvent("config-changed",{detail:{config:this._config},bubbles:!0,composed:!0}))}};_.properties={hass:{attribute:!1},_config:{state:!0},_info:{state:!0}};var F=[["encore-heatmap-card",h],["encore-top-card",g],["encore-stats-card",y],["encore-card-editor",_]],M=()=>{for(let[i,t]of F)customElements.get(i)||customElements.define(i,t)};customElements.whenDefined("home-assistant").then(M);var l=window;l.customCards=l.customCards??[];var d=u(navigator.language),D=[["encore-heatmap-card","heatmap"],["encore-top-card","top"],["encore-stats-card","stats"]];for(let[i,t]of D)l.customCards.some(s=>s.type===i)||l.customCards.push({type:i,name:a(d,`card.${t}_name`),description:a(d,`card.${t}_description`),preview:!0,documentationURL:"https://github.com/encore-ha/encore#dashboard-cards"});p(d).then(()=>{for(let[i,t]of D){let s=l.customCards?.find(e=>e.type===i);s&&(s.name=a(d,`card.${t}_name`),s.description=a(d,`card.${t}_description`))}});export{_ as EncoreCardEditor,h as EncoreHeatmapCard,y as EncoreStatsCard,g as EncoreTopCard};

import{A,B as R,C as x,D as S,E as P,b as k,c as r,f as o,g,h as C,i as _,j as f,k as h,l as a,p as b,r as w,s as y,t as $,w as T,z as l}from"./encore-shared-GECUBECY.js";var L=$.filter(i=>i!=="custom"),n=class extends g{constructor(){super(...arguments);this._config={type:""};this._subscribed=""}get language(){return h(this.hass?.locale?.language??this.hass?.language)}t(s,e){return a(this.language,s,e)}setConfig(s){this._config={period:"this_week",whose:"me",...s}}getCardSize(){return 4}fields(){return T({period:this._config.period??"this_week",whose:this._config.whose??"me"})}refreshed(){}connectedCallback(){super.connectedCallback(),this._subscribed="",this.requestUpdate()}disconnectedCallback(){super.disconnectedCallback(),this._stop()}_stop(){this._unsubscribe?.then(s=>s()).catch(()=>{}),this._unsubscribe=void 0}willUpdate(s){let e=JSON.stringify(this.fields());!this.hass||e===this._subscribed||(this._subscribed=e,this._stop(),this._unsubscribe=this.hass.connection.subscribeMessage(c=>{this._stats=c,this._error=void 0,this.refreshed()},{type:"encore/subscribe_stats",...this.fields()}),this._unsubscribe.catch(c=>{this._error=this.t("error.generic",{message:f(c)})}))}frame(s,e){return r`<ha-card>
      <div class="card">
        <h2>${this._config.title??this.t(s)}</h2>
        ${this._error?r`<p class="error">${this._error}</p>`:e}
      </div>
    </ha-card>`}};n.properties={hass:{attribute:!1},_config:{state:!0},_stats:{state:!0},_error:{state:!0}},n.styles=[S,k`
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
    `];var d=class extends n{static getStubConfig(){return{period:"this_month"}}static getConfigElement(){return document.createElement("encore-card-editor")}render(){return this.frame("chart.heatmap",this._stats?r`${P(this._stats.heatmap,this.language)}${this._said()}`:o)}_said(){return r`<div class="said">${this.t(`period.${this._stats?.period.name??"this_week"}`)}${this._stats?.said?`, ${this._stats.said}`:""}</div>`}},v=class extends d{getCardSize(){return 3}render(){let t=this._stats;if(!t)return this.frame("card.stats_name",o);let s=[["tile.plays",t.totals.plays.toLocaleString(this.language)],["tile.time",b(t.totals.ms_played/6e4,this.language)],["tile.artists",l(t.totals.artists,this.language)],["tile.tracks",l(t.totals.tracks,this.language)],["tile.new_artists",l(t.taste.new_artists_count,this.language)],...y(t.period)?[["tile.streak",this.t("tile.streak_days",{days:t.taste.streaks.current_days})]]:[],["tile.skip_rate",w(t.skip_rate)]];return this.frame("card.stats_name",r`<div class="tiles">
          ${s.map(([e,c])=>r`<div class="tile"><div class="value">${c}</div><div class="label">${this.t(e)}</div></div>`)}
        </div>
        ${this._said()}`)}},p=class extends d{disconnectedCallback(){super.disconnectedCallback(),this._unsubscribeArtwork?.then(t=>t()).catch(()=>{}),this._unsubscribeArtwork=void 0,window.clearTimeout(this._artworkTimer),this._artworkTimer=void 0}_followArtwork(){!this.hass||this._unsubscribeArtwork||!this._top?.items.some(t=>!R(t.image))||(this._unsubscribeArtwork=this.hass.connection.subscribeMessage(()=>{this._artworkTimer===void 0&&(this._artworkTimer=window.setTimeout(()=>{this._artworkTimer=void 0,this.refreshed()},A))},{type:"encore/subscribe_artwork"}),this._unsubscribeArtwork.catch(()=>{}))}static getStubConfig(){return{period:"this_month",kind:"artist",limit:5}}refreshed(){this.hass&&_(this.hass,"top_items",{...this.fields(),kind:this._config.kind??"artist",limit:this._config.limit??5}).then(t=>{this._top=t,this._followArtwork()}).catch(t=>{this._error=this.t("error.generic",{message:f(t)})})}render(){let t=this._config.kind??"artist",s=this._stats?.totals.plays??0;return this.frame(`top.${t}`,this._top?r`<ol class="top with-art">
              ${this._top.items.map(e=>r`<li>
                  <span class="rank">${e.rank}</span>
                  ${x(e.image,t)}
                  <span class="name">${e.name}${e.artist?r` <span class="by">${e.artist}</span>`:o}</span>
                  <span class="figures"
                    >${this.t("top.plays",{plays:e.plays})}<br />${b(e.minutes,this.language)}${s?` \xB7 ${w(e.plays/s)}`:""}</span
                  >
                </li>`)}
            </ol>
            ${this._said()}`:o)}};p.properties={...n.properties,_top:{state:!0}};var u=class extends g{setConfig(t){this._config=t}willUpdate(){this.hass&&!this._info&&(this._info={is_admin:!1,history_open:!0,accounts:[]},_(this.hass,"info").then(t=>{this._info=t}).catch(()=>{}))}get _lang(){return h(this.hass?.locale?.language??this.hass?.language)}_options(t,s){return t.map(e=>({value:e,label:a(this._lang,`${s}.${e}`)}))}_schema(){let t=[{value:"me",label:a(this._lang,"whose.me")},...C(this._info?.accounts??[],this._config?.whose).map(e=>({value:e.config_entry_id,label:e.title})),{value:"everyone",label:a(this._lang,"whose.everyone")}],s=[{name:"title",selector:{text:{}}},{name:"period",selector:{select:{mode:"dropdown",options:this._options(L,"period")}}},{name:"whose",selector:{select:{mode:"dropdown",options:t}}}];return this._config?.type==="custom:encore-top-card"&&s.push({name:"kind",selector:{select:{mode:"dropdown",options:["artist","track","album","show"].map(e=>({value:e,label:a(this._lang,`top.${e}`)}))}}},{name:"limit",selector:{number:{min:1,max:50,mode:"box"}}}),s}render(){return!this.hass||!this._config?o:r`<ha-form
      .hass=${this.hass}
      .data=${this._config}
      .schema=${this._schema()}
      .computeLabel=${t=>a(this._lang,`card.${t.name}`)}
      @value-changed=${t=>this._changed(t)}
    ></ha-form>`}_changed(t){t.stopPropagation(),this._config=t.detail.value,this.dispatchEvent(new CustomEvent("config-changed",{detail:{config:this._config},bubbles:!0,composed:!0}))}};u.properties={hass:{attribute:!1},_config:{state:!0},_info:{state:!0}};var I=[["encore-heatmap-card",d],["encore-top-card",p],["encore-stats-card",v],["encore-card-editor",u]],D=()=>{for(let[i,t]of I)customElements.get(i)||customElements.define(i,t)};customElements.whenDefined("home-assistant").then(D);var m=window;m.customCards=m.customCards??[];var E=h(navigator.language);for(let[i,t]of[["encore-heatmap-card","heatmap"],["encore-top-card","top"],["encore-stats-card","stats"]])m.customCards.some(s=>s.type===i)||m.customCards.push({type:i,name:a(E,`card.${t}_name`),description:a(E,`card.${t}_description`),preview:!0,documentationURL:"https://github.com/encore-ha/encore#dashboard-cards"});export{u as EncoreCardEditor,d as EncoreHeatmapCard,v as EncoreStatsCard,p as EncoreTopCard};

// The summit-kg viewer. The graph and its style come from the server (graph.json, style.json: the
// same projection and colours as `summit-kg export`); the side panel asks the viewer's own,
// capped SPARQL endpoint (sparql) for statements, sentences and articles.
const LABEL_PX = 12;          // labels are drawn at this size on screen, whatever the zoom
const LIMIT = 200;
const PREFIXES = `PREFIX summit: <https://w3id.org/summit-kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
`;
// What the viewer adds to the export's style: highlighting, search matches, filtered and quiet nodes.
const VIEWER_STYLE = [
  { selector: 'node', style: { 'min-zoomed-font-size': 0, 'text-background-color': '#ffffff', 'text-background-opacity': 0.7,
    'text-background-padding': 1 } },
  { selector: '.quiet', style: { label: '' } },
  { selector: '.labelled', style: { 'z-index': 10 } },
  { selector: '.hidden', style: { display: 'none' } },
  { selector: '.faded', style: { opacity: 0.12 } },
  { selector: '.match', style: { 'border-width': 3, 'border-color': '#000000' } },
  { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#000000' } }
];

const $ = id => document.getElementById(id);
const value = (row, v) => row[v] ? row[v].value : '';
const escape = s => String(s).replace(/[&<>"]/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]));
let styleRules = [];

async function json(url) {
  const response = await fetch(url);
  if (!response.ok) { throw new Error(url + ' ' + response.status + ': ' + (await response.text()).split('\n')[0]); }
  return response.json();
}

async function sparql(query) {
  const response = await fetch('sparql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Accept': 'application/sparql-results+json' },
    body: 'query=' + encodeURIComponent(query)
  });
  if (!response.ok) { throw new Error('SPARQL ' + response.status + ': ' + (await response.text()).split('\n')[0]); }
  return (await response.json()).results.bindings;
}

async function init() {
  styleRules = await json('style.json');
  const topics = await sparql(PREFIXES + `SELECT DISTINCT ?topic WHERE { ?st summit:about ?c . ?c skos:prefLabel ?topic } ORDER BY ?topic LIMIT ${LIMIT}`);
  topics.forEach(t => $('topic').appendChild(new Option(value(t, 'topic'))));
  $('view').addEventListener('change', () => draw());
  $('topic').addEventListener('change', () => {
    if ($('topic').value && ['network', 'events'].includes($('view').value)) { $('view').value = 'claims'; }
    draw();
  });
  $('type').addEventListener('change', applyFilters);
  $('search').addEventListener('keydown', e => { if (e.key === 'Enter') { search($('search').value); } });
  $('search').addEventListener('input', markMatches);
  await draw();
}

/** Fetches the chosen view and lays it out with fCoSE, which keeps clusters apart. */
async function draw() {
  window.viewerReady = false;
  $('status').textContent = 'loading…';
  const topic = $('topic').value;
  const graph = await json('graph.json?view=' + encodeURIComponent($('view').value) + (topic ? '&topic=' + encodeURIComponent(topic) : ''));
  if (window.cy) { window.cy.destroy(); }
  const cy = window.cy = cytoscape({
    container: $('graph'), elements: graph.elements, style: styleRules.concat(VIEWER_STYLE),
    minZoom: 0.05, maxZoom: 6, wheelSensitivity: 0.3
  });
  types();
  legend();
  const layout = cy.layout({
    name: 'fcose', quality: 'default', randomize: true, animate: false, packComponents: true, tile: true,
    nodeRepulsion: () => 30000, idealEdgeLength: () => 110, nodeSeparation: 150, numIter: 2500
  });
  const done = layout.promiseOn('layoutstop');
  layout.run();
  await done;
  cy.fit(undefined, 30);
  await declutter();
  let pending;
  cy.on('zoom', () => { clearTimeout(pending); pending = setTimeout(declutter, 60); });
  cy.on('tap', 'node', e => select(e.target));
  cy.on('tap', e => { if (e.target === cy) { unhighlight(); } });
  await applyFilters();
  if ($('view').value === 'events') { listEvents(); }
  window.viewerReady = true;
}

/** The events view's side panel: the events in date order, each a link to its node. */
function listEvents() {
  const events = window.cy.nodes('[type = "Event"]').sort((a, b) =>
    (a.data('date') || '9999').localeCompare(b.data('date') || '9999') || a.data('label').localeCompare(b.data('label')));
  $('info').innerHTML = '<h4>Events by date</h4>' + events.map(e => `<div class="statement"><a href="#" data-node="${escape(e.id())}">`
    + `${escape(e.data('date') || 'no date')}</a> ${escape(e.data('label'))}</div>`).join('');
  $('info').querySelectorAll('a[data-node]').forEach(a => a.addEventListener('click', ev => {
    ev.preventDefault();
    const node = window.cy.getElementById(a.dataset.node);
    focus(node);
  }));
}

/**
 * Labels that read at a glance: drawn at LABEL_PX on screen, and only where they do not cover
 * another label, the best-connected nodes first; zooming in makes room for more.
 */
function declutter() {
  const cy = window.cy;
  const zoom = cy.zoom();
  cy.style().selector('node').style({ 'font-size': LABEL_PX / zoom, 'text-margin-y': 2 / zoom,
    'text-max-width': 180 / zoom, 'text-background-padding': 1 / zoom }).update();
  cy.batch(() => cy.nodes().removeClass('quiet labelled'));
  // label sizes are measured when the renderer next draws: place the labels after two frames
  return new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(() => {
    placeLabels(zoom);
    resolve();
  })));
}

function placeLabels(zoom) {
  const cy = window.cy;
  const nodes = cy.nodes(':visible').sort((a, b) => b.degree() - a.degree() || a.id().localeCompare(b.id()));
  const taken = [];
  const quiet = [];
  nodes.forEach(n => {
    const box = n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
    if (box.w > 0 && taken.every(t => !overlaps(t, box))) { taken.push(box); } else { quiet.push(n); }
  });
  cy.batch(() => {
    quiet.forEach(n => n.addClass('quiet'));
    nodes.filter(n => !n.hasClass('quiet')).addClass('labelled');
  });
  $('status').textContent = nodes.length + ' of ' + cy.nodes().length + ' nodes shown, ' + taken.length + ' labelled';
  window.labelledAtZoom = zoom;
}

const overlaps = (a, b) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

function types() {
  const present = [...new Set(window.cy.nodes().map(n => n.data('type')))].sort();
  const chosen = $('type').value;
  $('type').innerHTML = '<option value="">all</option>';
  present.forEach(t => $('type').appendChild(new Option(t, t, false, t === chosen)));
}

function legend() {
  const present = new Set(window.cy.nodes().map(n => n.data('type')));
  $('legend').innerHTML = styleRules.map(r => {
    const m = r.selector.match(/^node\[type = "(.+)"\]$/);
    return m && present.has(m[1]) ? `<span><i style="background:${escape(r.css['background-color'])}"></i>${escape(m[1])}</span>` : '';
  }).join('');
}

function applyFilters() {
  const type = $('type').value;
  window.cy.batch(() => window.cy.nodes().forEach(n => n.toggleClass('hidden', !!type && n.data('type') !== type)));
  markMatches();
  return declutter();
}

function markMatches() {
  const text = $('search').value.toLowerCase();
  window.cy.batch(() => window.cy.nodes().forEach(n => n.toggleClass('match', text.length > 1 && n.data('label').toLowerCase().includes(text))));
}

/** Focuses the best-connected node whose label contains the text. */
function search(text) {
  const t = text.trim().toLowerCase();
  const found = window.cy.nodes(':visible').filter(n => n.data('label').toLowerCase().includes(t)).sort((a, b) => b.degree() - a.degree());
  if (!t || found.length === 0) { $('status').textContent = 'no node matches "' + text + '"'; return; }
  focus(found[0]);
}

/** Centres a node, zoomed in enough to read its neighbours, and selects it. */
function focus(node) {
  window.cy.animate({ center: { eles: node }, zoom: Math.max(window.cy.zoom(), 1.5) }, { duration: 300, complete: declutter });
  select(node);
}

function select(node) {
  const cy = window.cy;
  cy.nodes().unselect();
  node.select();
  cy.batch(() => {
    cy.elements().addClass('faded');
    node.closedNeighborhood().removeClass('faded');
  });
  showNode(node).catch(showError);
}

function unhighlight() {
  window.cy.elements().removeClass('faded');
}

/** The side panel: what the node is, and the statements it made, is, or is about, with their sentence and article. */
async function showNode(node) {
  const iri = node.data('iri');
  const type = node.data('type');
  const qid = node.data('wikidata');
  let head = `<h4>${escape(node.data('text') || node.data('label'))}</h4><p>${escape(type)}`
    + (node.data('kind') ? ' · ' + escape(node.data('kind')) : '') + (node.data('date') ? ' · ' + escape(node.data('date')) : '') + '</p>';
  if (qid) { head += `<p><a href="https://www.wikidata.org/wiki/${escape(qid)}" target="_blank">Wikidata ${escape(qid)}</a></p>`; }
  $('info').innerHTML = head + '<p>loading…</p>';
  const where = type === 'Statement' ? `BIND (<${iri}> AS ?st)`
    : type === 'Topic' ? `?st summit:about <${iri}> .`
    : type === 'Event' ? `?st summit:madeAt <${iri}> .`
    : `?st summit:speaker <${iri}> .`;
  const rows = await sparql(PREFIXES + `SELECT ?text ?kind ?speaker ?sentence ?file WHERE {
      ${where} ?st summit:text ?text ; summit:statementKind ?kind ; summit:speaker ?sp ; summit:inSentence ?s ; summit:inArticle ?a .
      OPTIONAL { ?sp rdfs:label ?speaker } ?s nif:anchorOf ?sentence . ?a summit:sourceFile ?file } LIMIT ${LIMIT}`);
  let body = `<p>${rows.length} statements</p>` + rows.map(r => `<div class="statement"><b>${escape(value(r, 'speaker'))}</b>`
    + ` (${escape(value(r, 'kind'))}): ${escape(value(r, 'text'))}`
    + `<div class="sentence">${escape(value(r, 'sentence'))} — ${escape(value(r, 'file'))}</div></div>`).join('');
  if (type === 'Event') {
    const mentions = await sparql(PREFIXES + `SELECT ?sentence WHERE { <${iri}> summit:mentionedIn ?s . ?s nif:anchorOf ?sentence } LIMIT ${LIMIT}`);
    body += mentions.map(m => `<div class="sentence">${escape(value(m, 'sentence'))}</div>`).join('');
  }
  $('info').innerHTML = head + body;
}

function showError(e) {
  $('status').textContent = 'error: ' + e.message;
}

init().catch(showError);

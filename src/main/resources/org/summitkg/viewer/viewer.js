// The summit-kg viewer: draws the graph from the endpoint's own SPARQL results.
// Its endpoint (/viewer/sparql) caps every answer (2,000 rows by default); the queries ask for LIMIT too.
const ENDPOINT = 'sparql';
const LIMIT = 2000;
const PREFIXES = `PREFIX summit: <https://w3id.org/summit-kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
`;
const NODES = PREFIXES + `SELECT ?node (SAMPLE(?l) AS ?label) (SAMPLE(?t) AS ?type) (SAMPLE(?q) AS ?qid) WHERE {
  { ?node a ?c ; rdfs:label ?l .
    VALUES (?c ?t) { (summit:Person "Person") (summit:Group "Group") (summit:Organization "Organization")
      (summit:Country "Country") (summit:City "City") (summit:Region "Region") (summit:Place "Place") (summit:Facility "Facility") }
    OPTIONAL { ?node summit:wikidataId ?q } }
  UNION { ?node a summit:Event ; rdfs:label ?l . BIND ("Event" AS ?t) }
} GROUP BY ?node LIMIT ${LIMIT}`;
const EDGES = PREFIXES + `SELECT ?a ?b (COUNT(DISTINCT ?s) AS ?w) ?rel WHERE {
  { GRAPH ?g { ?m1 summit:inSentence ?s ; summit:refersTo ?a ; summit:mentionKind "named" .
               ?m2 summit:inSentence ?s ; summit:refersTo ?b ; summit:mentionKind "named" . FILTER (STR(?a) < STR(?b)) }
    BIND ("co-occurs" AS ?rel) }
  UNION { ?b a summit:Event ; summit:participant ?a . BIND ("participant" AS ?rel) }
} GROUP BY ?a ?b ?rel LIMIT ${LIMIT}`;
const TOPICS = PREFIXES + `SELECT DISTINCT ?speaker ?topic WHERE {
  ?st summit:speaker ?speaker ; summit:about ?c . ?c skos:prefLabel ?topic } LIMIT ${LIMIT}`;

async function sparql(query) {
  const response = await fetch(ENDPOINT, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Accept': 'application/sparql-results+json' },
    body: 'query=' + encodeURIComponent(query)
  });
  if (!response.ok) { throw new Error('SPARQL ' + response.status + ': ' + (await response.text()).split('\n')[0]); }
  return (await response.json()).results.bindings;
}

const value = (row, v) => row[v] ? row[v].value : '';
const escape = s => s.replace(/[&<>"]/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]));

async function load() {
  const [nodes, edges, topics] = await Promise.all([sparql(NODES), sparql(EDGES), sparql(TOPICS)]);
  const ids = new Set(nodes.map(n => value(n, 'node')));
  const topicsOf = {};
  topics.forEach(t => (topicsOf[value(t, 'speaker')] ||= []).push(value(t, 'topic')));
  const elements = nodes.map(n => ({ data: {
    id: value(n, 'node'), label: value(n, 'label'), type: value(n, 'type'), qid: value(n, 'qid'),
    topics: (topicsOf[value(n, 'node')] || []).join(' ') } }));
  edges.filter(e => ids.has(value(e, 'a')) && ids.has(value(e, 'b'))).forEach((e, i) => elements.push({ data: {
    id: 'e' + i, source: value(e, 'a'), target: value(e, 'b'), relation: value(e, 'rel'), weight: Number(value(e, 'w')) } }));
  window.cy = cytoscape({
    container: document.getElementById('graph'),
    elements,
    style: [
      { selector: 'node', style: { label: 'data(label)', 'font-size': 9, 'background-color': '#69c', width: 14, height: 14 } },
      { selector: 'node[type = "Person"]', style: { 'background-color': '#d64' } },
      { selector: 'node[type = "Event"]', style: { 'background-color': '#7a4', shape: 'diamond' } },
      { selector: 'node[type = "Group"]', style: { 'background-color': '#c9a' } },
      { selector: 'edge', style: { width: 'mapData(weight, 1, 20, 1, 6)', 'line-color': '#bbb', opacity: 0.7 } },
      { selector: '.hidden', style: { display: 'none' } },
      { selector: '.match', style: { 'border-width': 3, 'border-color': '#000' } }
    ],
    layout: { name: 'cose', animate: false, randomize: true, numIter: 500 }
  });
  [...new Set(topics.map(t => value(t, 'topic')))].sort().forEach(t => {
    const o = document.createElement('option'); o.textContent = t; document.getElementById('topic').appendChild(o);
  });
  cy.on('tap', 'node', e => showNode(e.target.id()));
  ['search', 'type', 'topic'].forEach(id => document.getElementById(id).addEventListener('input', applyFilters));
  applyFilters();
  window.viewerReady = true;
}

function applyFilters() {
  const text = document.getElementById('search').value.toLowerCase();
  const type = document.getElementById('type').value;
  const topic = document.getElementById('topic').value;
  cy.batch(() => cy.nodes().forEach(n => {
    const keep = (!type || n.data('type') === type) && (!topic || n.data('topics').split(' ').includes(topic));
    n.toggleClass('hidden', !keep);
    n.toggleClass('match', text.length > 0 && n.data('label').toLowerCase().includes(text));
  }));
  const shown = cy.nodes().filter(n => !n.hasClass('hidden')).length;
  document.getElementById('status').textContent = shown + ' of ' + cy.nodes().length + ' nodes shown';
}

async function showNode(id) {
  const node = cy.getElementById(id);
  const qid = node.data('qid');
  const rows = await sparql(PREFIXES + `SELECT ?text ?kind ?sentence ?file WHERE {
      ?st summit:speaker <${id}> ; summit:text ?text ; summit:statementKind ?kind ; summit:inSentence ?s ; summit:inArticle ?a .
      ?s nif:anchorOf ?sentence . ?a summit:sourceFile ?file } LIMIT 200`);
  const link = qid ? `<p><a href="https://www.wikidata.org/wiki/${escape(qid)}" target="_blank">Wikidata ${escape(qid)}</a></p>` : '<p>no Wikidata item</p>';
  document.getElementById('info').innerHTML = `<h4>${escape(node.data('label'))}</h4><p>${escape(node.data('type'))}</p>` + link
    + `<p>${rows.length} statements</p>` + rows.map(r => `<div class="statement"><b>${escape(value(r, 'kind'))}</b>: ${escape(value(r, 'text'))}`
      + `<div class="sentence">${escape(value(r, 'sentence'))} — ${escape(value(r, 'file'))}</div></div>`).join('');
}

load().catch(e => { document.getElementById('status').textContent = 'error: ' + e.message; });

// The in-page half of renderer.ts: draws a random graph with one renderer, pans and zooms for two seconds.
/* global cytoscape */
window.runBench = async function runBench(nodes, webgl) {
  let seed = 42;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const elements = [];
  const side = Math.sqrt(nodes) * 90;
  for (let i = 0; i < nodes; i++) {
    elements.push({ data: { id: `n${i}`, label: `Organisation ${i}` }, position: { x: random() * side, y: random() * side } });
  }
  const edges = Math.round(nodes * 1.5);
  for (let i = 0; i < edges; i++) {
    const a = Math.floor(random() * nodes);
    const b = Math.floor(random() * nodes);
    if (a !== b) elements.push({ data: { id: `e${i}`, source: `n${a}`, target: `n${b}` }, classes: i % 3 === 0 ? 'dashed' : '' });
  }
  const started = performance.now();
  const cy = cytoscape({
    container: document.getElementById('cy'),
    elements,
    layout: { name: 'preset' },
    style: [
      { selector: 'node', style: { label: 'data(label)', 'font-size': 11, 'text-valign': 'bottom', 'background-color': '#005eb8', 'min-zoomed-font-size': 6 } },
      { selector: 'edge', style: { width: 2, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'line-color': '#8a8f98', 'target-arrow-color': '#8a8f98' } },
      { selector: 'edge.dashed', style: { 'line-style': 'dashed' } },
      { selector: ':selected', style: { 'background-color': '#ffb81c' } },
    ],
    ...(webgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
  });
  const twoFrames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  await twoFrames();
  const firstDraw = performance.now() - started;
  let frames = 0;
  const end = performance.now() + 2000;
  await new Promise((resolve) => {
    const step = () => {
      frames++;
      const t = performance.now();
      cy.zoom({ level: 0.4 + 0.3 * Math.sin(t / 300), renderedPosition: { x: 800, y: 500 } });
      cy.panBy({ x: Math.cos(t / 200) * 4, y: Math.sin(t / 200) * 4 });
      if (t < end) requestAnimationFrame(step);
      else resolve();
    };
    requestAnimationFrame(step);
  });
  cy.zoom(2);
  cy.center(cy.nodes('#n0'));
  await twoFrames();
  window.cyRef = cy;
  const p = cy.getElementById('n0').renderedPosition();
  return { firstDraw, frames, edges: cy.edges().length, x: p.x, y: p.y };
};

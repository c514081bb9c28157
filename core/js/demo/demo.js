// "Can my plan use SCIM?": the example docs widget of @provplan/core. Built only on the
// package's API: catalog() fills the pickers, and evaluate() on a tiny scenario with one
// organization in SCIM mode says which modes it may use and why (rule R7).

import { catalog, evaluate, init, isInputError, version } from '../index.js';

const PRODUCT_LABELS = { claude: 'Claude organization', console: 'Console organization' };
const MODE_LABELS = { manual: 'Invite only', jit: 'Just-in-time (JIT)', scim: 'Directory sync (SCIM)' };

const $ = (id) => document.getElementById(id);

/** An element with text and attributes (never HTML from data). */
function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  for (const child of children) node.append(child);
  return node;
}

function option(value, label) {
  return el('option', { value }, label);
}

/** The smallest scenario that asks the engine: may this organization use SCIM? */
function scenarioFor(plan, product) {
  return {
    version: 1,
    plan,
    // Connected, so that only eligibility (R7) speaks, not the missing connection (R8).
    directory: { scim_connected: true, users: [] },
    organizations: [{ id: product, product, provisioning: { mode: 'scim' } }],
  };
}

function show(...nodes) {
  $('result').replaceChildren(...nodes);
}

function check(info) {
  const plan = info.plans.find((p) => p.id === $('plan').value);
  const product = $('product').value;
  const productLabel = PRODUCT_LABELS[product] ?? product;
  let evaluation;
  try {
    evaluation = evaluate(scenarioFor(plan.id, product));
  } catch (error) {
    if (!isInputError(error)) throw error;
    // e.g. R2: a console_only parent has no Claude organization.
    show(
      el('p', { class: 'status', 'data-test': 'scim-status', 'data-eligible': 'false' }, 'This combination does not exist'),
      el('p', { 'data-test': 'reason' }, `${capitalize(error.errors[0]?.message ?? error.message)}.`),
    );
    return;
  }
  const org = evaluation.organizations[0];
  const eligible = org.eligible_modes.includes('scim');
  const refusal = evaluation.findings.find((f) => f.code === 'SCIM_NOT_ELIGIBLE');
  const modes = el('ul', { class: 'modes', 'data-test': 'modes' }, ...org.eligible_modes.map((m) => el('li', { 'data-mode': m }, MODE_LABELS[m] ?? m)));
  const nodes = [
    el(
      'p',
      { class: 'status', 'data-test': 'scim-status', 'data-eligible': String(eligible) },
      eligible ? 'SCIM: eligible' : 'SCIM: not eligible',
    ),
    el('div', { class: 'modes-line' }, 'Modes you can use: ', modes),
  ];
  if (eligible) {
    nodes.push(el('p', { 'data-test': 'reason' }, `SCIM is available for this organization (${productLabel}, ${plan.label}).`));
  } else {
    // Told from the finding's code and params, as the contract asks, not from its message.
    const params = refusal?.params ?? { plan: plan.id, product };
    const planLabel = info.plans.find((p) => p.id === params.plan)?.label ?? params.plan;
    const why = `SCIM is not available for this organization (${PRODUCT_LABELS[params.product] ?? params.product}, ${planLabel}).`;
    // The engine's advice says what SCIM needs and what to do instead.
    const advice = refusal ? ` ${capitalize(refusal.advice)}.` : '';
    nodes.push(el('p', { 'data-test': 'reason' }, why + advice));
  }
  nodes.push(el('p', { class: 'rule', 'data-test': 'rule' }, `Rule ${refusal?.rule ?? 'R7'} of the provisioning rules decides which plans may use SCIM.`));
  show(...nodes);
}

function capitalize(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

async function main() {
  const form = $('scim-check');
  try {
    await init();
  } catch (error) {
    show(el('p', { 'data-test': 'load-error' }, `The planner could not be loaded: ${error.message}`));
    form.setAttribute('aria-busy', 'false');
    return;
  }
  const info = catalog();
  $('plan').replaceChildren(...info.plans.map((p) => option(p.id, p.label)));
  $('product').replaceChildren(...info.products.map((p) => option(p.id, PRODUCT_LABELS[p.id] ?? p.id)));
  for (const id of ['plan', 'product']) {
    $(id).disabled = false;
    $(id).addEventListener('change', () => check(info));
  }
  form.addEventListener('submit', (event) => event.preventDefault());
  form.setAttribute('aria-busy', 'false');
  $('version').textContent = `Provisioning Planner engine ${version()}`;
  check(info);
}

main();

// ESLint rule "newswire/import-boundaries": the dependency directions of DESIGN.md.
// - no client file (src/ outside src/server) imports server code (src/server);
// - no feature (src/features/<name>) imports another feature.
import path from 'node:path';

function area(file, root) {
  const rel = path.relative(root, file).split(path.sep).join('/');
  if (!rel.startsWith('src/')) return { kind: 'outside' };
  if (rel.startsWith('src/server/')) return { kind: 'server' };
  const feature = /^src\/features\/([^/]+)\//.exec(rel);
  return { kind: 'client', feature: feature ? feature[1] : null };
}

/** @type {import('eslint').Rule.RuleModule} */
export const importBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'Client code may not import server code; features may not import each other.' },
    messages: {
      server: 'Client code must not import server code ({{source}}): share shapes through src/contract.',
      feature: 'The feature "{{from}}" must not import the feature "{{to}}" ({{source}}): move shared code to components/, lib/ or api/, or compose them in a route.',
    },
    schema: [],
  },
  create(context) {
    const file = context.physicalFilename ?? context.filename;
    const root = context.cwd ?? process.cwd();
    const from = area(file, root);
    if (from.kind !== 'client') return {};

    function check(node, source) {
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = area(path.resolve(path.dirname(file), source) + '/', root);
      if (target.kind === 'server') context.report({ node, messageId: 'server', data: { source } });
      else if (from.feature && target.feature && target.feature !== from.feature) {
        context.report({ node, messageId: 'feature', data: { source, from: from.feature, to: target.feature } });
      }
    }

    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
    };
  },
};

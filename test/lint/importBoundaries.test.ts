import { Linter } from 'eslint';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importBoundaries } from '../../scripts/eslint/importBoundaries.js';

const root = path.resolve(import.meta.dirname, '../..');

function lint(file: string, code: string): string[] {
  const linter = new Linter({ cwd: root });
  const messages = linter.verify(
    code,
    [
      {
        files: ['**/*.ts', '**/*.tsx'],
        languageOptions: { ecmaVersion: 2024, sourceType: 'module' },
        plugins: { newswire: { rules: { 'import-boundaries': importBoundaries } } },
        rules: { 'newswire/import-boundaries': 'error' },
      },
    ],
    path.join(root, file),
  );
  return messages.map((m) => m.message);
}

describe('import-boundaries lint rule', () => {
  it('refuses server code in a client file', () => {
    expect(lint('src/routes/FeedPage.ts', "import { createStore } from '../server/store/createStore';")).toEqual([
      expect.stringContaining('must not import server code'),
    ]);
    expect(lint('src/features/feed/FeedList.ts', "const m = import('../../server/app');")).toHaveLength(1);
  });

  it('refuses one feature importing another', () => {
    expect(lint('src/features/feed/FeedList.ts', "import { ArticleBody } from '../article/ArticleBody';")).toEqual([
      expect.stringContaining('"feed" must not import the feature "article"'),
    ]);
  });

  it('allows what the design allows', () => {
    expect(lint('src/features/feed/FeedList.ts', "import { FeedItem } from './FeedItem';\nimport { getJson } from '../../api/client';")).toEqual([]);
    expect(lint('src/routes/ArticlePage.ts', "import { ArticleView } from '../features/article/ArticleView';")).toEqual([]);
    expect(lint('src/server/app.ts', "import { Article } from '../contract/schemas';")).toEqual([]);
    expect(lint('test/setup.ts', "import { createApp } from '../src/server/app';")).toEqual([]);
  });
});

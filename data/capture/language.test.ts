import { describe, expect, it } from 'vitest';
import { detectLanguage, type SnippetLanguage } from './language';

const cases: Record<SnippetLanguage, string[]> = {
  python: [
    `def get_queryset(self):
    return super().get_queryset().filter(author=self.request.user)`,
    `from django.db import models

class Article(models.Model):
    title = models.CharField(max_length=200)
    published = models.DateTimeField(null=True)`,
    `import numpy as np
for row in rows:
    if row is None:
        continue
    print(row)`,
    `@app.route('/items/<int:item_id>')
async def read_item(item_id: int) -> dict:
    return {"item_id": item_id}`,
    `with open(path) as f:
    data = [line.strip() for line in f if line]`,
  ],
  javascript: [
    `const total = items.reduce((sum, item) => sum + item.price, 0);`,
    `function debounce(fn, ms) {
  let timer;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}`,
    `import express from 'express';
const app = express();
app.get('/', (req, res) => res.send('ok'));`,
    `document.querySelector('#save').addEventListener('click', () => {
  console.log('saved');
});`,
    `const fs = require('fs');
module.exports = { read: (p) => fs.readFileSync(p, 'utf8') };`,
  ],
  typescript: [
    `interface User {
  id: number;
  name: string;
}`,
    `export function greet(user: User): string {
  return \`Hello, \${user.name}\`;
}`,
    `type Handler<T> = (event: T) => void;
const handlers: Handler<MouseEvent>[] = [];`,
    `export class Store implements Repository {
  private readonly items: Map<string, Item> = new Map();
}`,
    `const roles = ['admin', 'user'] as const;`,
  ],
  bash: [
    `#!/usr/bin/env bash
set -euo pipefail
echo "deploying"`,
    `$ pip install django`,
    `npm install --save-dev vitest`,
    `sudo apt-get update && sudo apt-get install -y postgresql`,
    `cd my-project
git checkout -b feature/login`,
    `ps aux | grep node | awk '{print $2}'`,
    `export DATABASE_URL=postgres://localhost/app
python -m manage migrate`,
  ],
  sql: [
    `SELECT id, title FROM articles WHERE published_at IS NOT NULL ORDER BY published_at DESC;`,
    `select * from users where email = 'a@b.c';`,
    `INSERT INTO users (email, name) VALUES ('a@b.c', 'Ada');`,
    `CREATE TABLE notes (
  id INTEGER PRIMARY KEY,
  body TEXT NOT NULL
);`,
    `update accounts set balance = balance - 10 where id = 1;`,
  ],
  xml: [
    `<?xml version="1.0" encoding="UTF-8"?>
<project><modelVersion>4.0.0</modelVersion></project>`,
    `<!DOCTYPE html>
<html><head><title>Hi</title></head></html>`,
    `<div class="card">
  <h2>{{ article.title }}</h2>
  <p>{{ article.body }}</p>
</div>`,
    `<input type="email" name="email" required />
<label for="email">Email</label>`,
  ],
  text: [
    'Django follows the model-template-view pattern: models hold data, views decide what to show.',
    'Select the right option from the menu, then delete from the list anything you no longer need.',
    `Remember to use git for every change.
Type annotations help, but a good test suite helps more.
If in doubt, ask for a review.`,
    'The function returns None when nothing matches, so check for it first.',
    '',
    '   ',
  ],
};

describe('detectLanguage', () => {
  for (const [language, snippets] of Object.entries(cases)) {
    it.each(snippets)(`recognises ${language}: %s`, (snippet) => {
      expect(detectLanguage(snippet)).toBe(language);
    });
  }

  it('prefers JavaScript or TypeScript over markup for JSX', () => {
    expect(detectLanguage(`const Title = () => <h1 className="t">Hello</h1>;`)).toBe('javascript');
    expect(detectLanguage(`const Title = ({ text }: { text: string }) => <h1>{text}</h1>;`)).toBe(
      'typescript',
    );
  });
});

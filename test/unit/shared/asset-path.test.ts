import { describe, expect, it } from 'vitest';
import { assetContentType, assetPathOf } from '../../../shared/security/asset-path';

describe('asset paths of the renderer', () => {
  it('map / to index.html and keep plain paths', () => {
    expect(assetPathOf('/')).toEqual(['index.html']);
    expect(assetPathOf('/assets/index-abc.js')).toEqual(['assets', 'index-abc.js']);
    expect(assetPathOf('/assets/%E5%BF%83.png')).toEqual(['assets', '心.png']);
  });

  it('refuse anything that could leave the folder', () => {
    for (const attempt of [
      '/../x',
      '/assets/../../x',
      '/%2e%2e/x',
      '/..%2fx',
      '/..%5cx',
      '/a\\b',
      '/%00',
      '/C:/Windows/win.ini',
      '/%252e%252e/x',
      '/%E0%A4%A',
      '/./index.html',
    ]) {
      expect(assetPathOf(attempt), attempt).toBeNull();
    }
  });

  it('give content types only to the kinds the renderer ships', () => {
    expect(assetContentType('index.html')).toBe('text/html; charset=utf-8');
    expect(assetContentType('assets/a.JS')).toBe('text/javascript; charset=utf-8');
    expect(assetContentType('assets/font.woff2')).toBe('font/woff2');
    expect(assetContentType('notes.exe')).toBeNull();
    expect(assetContentType('Makefile')).toBeNull();
    expect(assetContentType('assets/a.map')).toBeNull();
    expect(assetContentType('a.constructor')).toBeNull();
    expect(assetContentType('a.__proto__')).toBeNull();
  });
});

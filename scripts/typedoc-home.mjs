// @ts-check
/**
 * A TypeDoc plugin: the home page is the README, whose first heading is the package's name; TypeDoc puts the
 * project's name above it as the page's title too, so the page opened with the name twice. The page keeps the
 * README's heading (it has the permalink) and drops TypeDoc's.
 */
import { PageEvent } from 'typedoc';

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.renderer.on(PageEvent.END, (page) => {
    if (page.url !== 'index.html' || page.contents === undefined) return;
    const name = app.options.getValue('name');
    page.contents = page.contents.replace(`<div class="tsd-page-title">\n<h1>${name}</h1></div>\n`, '');
  });
}

// The providers whose bindings this checkout generates, as cdktf.json pins them
// (`source@version`): each has a schema snapshot provider-schemas/<name>.json of that release.
'use strict';
const fs = require('fs');
const path = require('path');

const CDKTF_JSON = path.join(__dirname, '..', 'cdktf.json');

/** @returns {Record<string, { source: string, version: string }>} by provider type name ("hcloud"). */
function pinnedProviders() {
  return Object.fromEntries(JSON.parse(fs.readFileSync(CDKTF_JSON, 'utf8')).terraformProviders.map((spec) => {
    const [source, version] = spec.split('@');
    return [source.split('/')[1], { source, version }];
  }));
}

module.exports = { pinnedProviders };

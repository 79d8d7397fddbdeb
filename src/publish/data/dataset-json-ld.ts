import type { JsonLdNode } from '../json-ld.ts';
import { absoluteUrl, DATA_PATH, dataFilePath } from '../urls.ts';
import { DATA_TEXT } from '../../strings.ts';
import { mediaType, type DataFile } from './datapackage.ts';

/**
 * The /data/ page's schema.org `Dataset`, a JSON-LD block of its own beside the page's graph: what the archive as data is, its licence, the years it covers and
 * each file as a `DataDownload` of its `distribution` (the data package first).
 * @param about the documents' publisher (the creator) and their first and last year (temporal coverage)
 */
export function datasetNode(
  files: readonly DataFile[],
  dataPackage: { file: string; bytes: number },
  about: { publisher: string; years: readonly [string, string] },
): JsonLdNode {
  const download = (file: string, description: string, bytes: number): JsonLdNode => ({
    '@type': 'DataDownload',
    name: file,
    description,
    encodingFormat: mediaType(file),
    contentUrl: absoluteUrl(dataFilePath(file)),
    contentSize: `${bytes} B`,
  });
  return {
    '@type': 'Dataset',
    '@id': `${absoluteUrl(DATA_PATH)}#dataset`,
    name: DATA_TEXT.title,
    description: DATA_TEXT.description,
    url: absoluteUrl(DATA_PATH),
    // The page's own graph names the page; this ties the dataset to it.
    mainEntityOfPage: { '@id': absoluteUrl(DATA_PATH) },
    license: 'https://www.law.cornell.edu/uscode/text/17/105',
    isAccessibleForFree: true,
    creator: { '@type': 'GovernmentOrganization', name: about.publisher },
    temporalCoverage: `${about.years[0]}/${about.years[1]}`,
    distribution: [
      download(dataPackage.file, DATA_TEXT.packageFile, dataPackage.bytes),
      ...files.map((f) => download(f.file, f.description, f.bytes)),
    ],
  };
}

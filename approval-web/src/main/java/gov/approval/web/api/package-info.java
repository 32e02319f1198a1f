/**
 * The public read API ({@code /api}): the published catalogue, item guides and the changelog as
 * JSON records, described in the server's OpenAPI document. Thin resources over the catalogue's
 * public boundary; bad parameters and unknown items answer with problem bodies in Chinese.
 */
package gov.approval.web.api;

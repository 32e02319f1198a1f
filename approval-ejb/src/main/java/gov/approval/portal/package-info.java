/**
 * The citizen channels' public face: the portal home's sections (items by life event and enterprise
 * stage, popular items, this month's figures). They are read by every anonymous visitor, so they
 * are computed by a few aggregate queries and kept for a few minutes instead of per request.
 */
package gov.approval.portal;

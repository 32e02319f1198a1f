/**
 * Serving stored files at {@code /files/<storageName>}: the generated name is the only path, the
 * type is the one detected on upload, browsers are told not to sniff and to save the file rather
 * than open it in the platform's origin. Who may read which file is the file store's rule.
 */
package gov.approval.web.files;

/**
 * List republication: every public change of a published item version is handed to the provincial
 * platform (陕西省权责清单和公共服务事项清单统一发布平台) once, with its status kept per change. The sending job lives in
 * the batch module; this package holds what it records and reads, because the persistence unit and
 * the catalogue live here.
 */
package gov.approval.republication;

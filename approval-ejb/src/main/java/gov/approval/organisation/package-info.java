/**
 * The organisation: regions at four levels, service halls, departments with their one approval
 * section stationed in a hall, windows and staff. Every other feature asks it who works where.
 */
package gov.approval.organisation;

/**
 * Demo data for the run command and the tests: the Weinan organisation (regions, halls, 28 city
 * departments with sections, windows and staff) and demo accounts, loaded once into an empty
 * database.
 */
package gov.approval.demo;

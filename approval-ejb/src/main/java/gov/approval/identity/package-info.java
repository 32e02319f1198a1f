/**
 * Accounts, positions and permissions: who may log in (staff and citizens), how passwords are
 * hashed and failed logins lock an account, and which permissions each staff position grants.
 */
package gov.approval.identity;

/**
 * Pages of the hall's window devices and kiosks, used by citizens without a login. What they may do
 * is limited by one-time tokens that staff create, so a public device can reach nothing else.
 */
package gov.approval.web.kiosk;

/**
 * The web module: JSF pages for staff ({@code /staff}) and citizens (portal, {@code /my}), the REST
 * API and health checks. Backing beans mirror the page paths and call the EJB boundaries only.
 */
package gov.approval.web;

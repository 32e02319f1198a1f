/**
 * Policy consultation (政策咨询): a citizen asks about an item or a policy, the owning department
 * answers within a working-day deadline, and with the asker's consent the answer becomes an
 * anonymous FAQ on the item guide. Overdue questions are listed for supervision, because an
 * unanswered question is a service failure the hall office must see.
 */
package gov.approval.consultation;

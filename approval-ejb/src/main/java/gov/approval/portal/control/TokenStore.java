package gov.approval.portal.control;

import gov.approval.identity.entity.UserAccount;
import gov.approval.portal.entity.ApiToken;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * Stores a new token in a transaction of its own, separate from the login attempt before it: a
 * refused attempt must commit its failure count even though the token request then fails.
 */
@Stateless
public class TokenStore {

  @PersistenceContext EntityManager em;

  public void store(String username, String tokenHash, Instant now, Instant expires) {
    UserAccount account =
        em.createNamedQuery("UserAccount.findByUsername", UserAccount.class)
            .setParameter("username", username)
            .getSingleResult();
    em.persist(new ApiToken(account, tokenHash, now, expires));
  }
}

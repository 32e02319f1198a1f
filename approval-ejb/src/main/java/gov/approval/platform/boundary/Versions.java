package gov.approval.platform.boundary;

/**
 * The optimistic check at the start of an edit: the version the user's form was loaded with must
 * still be the stored one. JPA's own check at commit covers the race between this check and the
 * write.
 */
public final class Versions {

  private Versions() {}

  public static void check(long stored, long expected) {
    if (stored != expected) {
      throw new ConcurrentChangeException();
    }
  }
}

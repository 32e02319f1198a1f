package gov.approval.catalogue.control;

import static org.assertj.core.api.Assertions.assertThat;

import gov.approval.catalogue.entity.CatalogueChanged;
import org.junit.jupiter.api.Test;

class PublishedCatalogueCacheTest {

  private final PublishedCatalogueCache cache = new PublishedCatalogueCache();

  @Test
  void aStoredValueIsFoundUntilTheCatalogueChanges() {
    cache.put("a", cache.generation(), "page", 4);
    assertThat(cache.get("a", String.class)).contains("page");
    assertThat(cache.get("a", Integer.class)).as("another type").isEmpty();

    cache.catalogueChanged(new CatalogueChanged("ServiceItem"));

    assertThat(cache.get("a", String.class)).isEmpty();
  }

  @Test
  void aValueReadBeforeAChangeIsNotStored() {
    long readAt = cache.generation();
    cache.catalogueChanged(new CatalogueChanged("ServiceItem"));

    cache.put("a", readAt, "stale page", 10);

    assertThat(cache.get("a", String.class)).isEmpty();
    assertThat(cache.size()).isZero();
  }

  @Test
  void theLeastRecentlyUsedGoFirstOnceTheCacheIsFull() {
    for (int i = 0; i < PublishedCatalogueCache.MAX_ENTRIES; i++) {
      cache.put("k" + i, cache.generation(), i, 1);
    }
    assertThat(cache.get("k0", Integer.class)).contains(0);

    cache.put("new", cache.generation(), -1, 1);

    assertThat(cache.size()).isEqualTo(PublishedCatalogueCache.MAX_ENTRIES);
    assertThat(cache.get("k0", Integer.class)).as("used recently").contains(0);
    assertThat(cache.get("k1", Integer.class)).as("the least recently used").isEmpty();
    assertThat(cache.get("new", Integer.class)).contains(-1);
  }

  @Test
  void theWeightOfTheEntriesIsBounded() {
    long quarter = PublishedCatalogueCache.MAX_WEIGHT / 4;
    for (int i = 0; i < 5; i++) {
      cache.put("big" + i, cache.generation(), i, quarter);
    }

    assertThat(cache.size()).isEqualTo(4);
    assertThat(cache.get("big0", Integer.class)).isEmpty();
    cache.put("huge", cache.generation(), -1, quarter + 1);
    assertThat(cache.get("huge", Integer.class)).as("larger than a quarter: never kept").isEmpty();
  }
}

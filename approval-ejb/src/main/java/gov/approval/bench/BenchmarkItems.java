package gov.approval.bench;

import gov.approval.demo.CatalogueDemoItems;
import gov.approval.demo.CatalogueDemoItems.ItemSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * Variants of the demo items for the benchmark catalogue, deterministic so that every run searches
 * the same data: variant {@code n} of a demo item is the sub-item {@code n} of its basic code (the
 * demo uses sub-item 000, so codes never collide), named after the demo item with a qualifier as
 * real sub-items are (新办, 变更, 延续…).
 */
public final class BenchmarkItems {

  private static final String[] QUALIFIERS = {
    "新办", "变更", "延续", "注销", "补证", "换证", "备案", "年检", "迁移", "分立", "合并", "撤回"
  };
  static final int MAX_VARIANTS = 999;

  private BenchmarkItems() {}

  /** The first {@code count} variants, spread over every demo item before the next round. */
  public static List<ItemSpec> variants(int count) {
    List<ItemSpec> demo = CatalogueDemoItems.items();
    if (count > demo.size() * MAX_VARIANTS) {
      throw new IllegalArgumentException("at most " + demo.size() * MAX_VARIANTS + " variants");
    }
    List<ItemSpec> variants = new ArrayList<>(Math.max(count, 0));
    for (int n = 0; variants.size() < count; n++) {
      ItemSpec spec = demo.get(n % demo.size());
      variants.add(variant(spec, n / demo.size() + 1));
    }
    return variants;
  }

  static ItemSpec variant(ItemSpec spec, int number) {
    String basicCode = spec.basicCode().substring(0, 7) + String.format("%03d", number);
    String qualifier = QUALIFIERS[(number - 1) % QUALIFIERS.length];
    int round = (number - 1) / QUALIFIERS.length;
    String name =
        spec.content().name() + "（" + qualifier + (round == 0 ? "" : "·" + (round + 1)) + "）";
    return new ItemSpec(
        basicCode,
        spec.departmentCode(),
        spec.level(),
        spec.listCodes(),
        spec.content().toBuilder().name(name).build(),
        spec.reviewedByHallAdmin(),
        spec.draftedAt());
  }
}

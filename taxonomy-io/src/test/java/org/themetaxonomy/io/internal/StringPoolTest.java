package org.themetaxonomy.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The pool hands back one copy per string, keeps every string through growth, and stops at its
 * bound.
 */
class StringPoolTest {
  @Test
  void intern_manyStrings_oneCopyEachThroughGrowth() {
    StringPool pool = new StringPool(Integer.MAX_VALUE);
    SplittableRandom random = new SplittableRandom(3);
    List<String> firsts = new ArrayList<>();
    for (int i = 0; i < 50_000; i++) {
      String s = "t" + i;
      assertThat(pool.intern(s)).isSameAs(s);
      firsts.add(s);
    }
    assertThat(pool.size()).isEqualTo(50_000);
    for (int k = 0; k < 10_000; k++) {
      int i = random.nextInt(50_000);
      String copy = new String("t" + i);
      assertThat(pool.intern(copy)).isSameAs(firsts.get(i));
      assertThat(pool.get(copy)).isSameAs(firsts.get(i));
    }
    String unknown = new String("t50000");
    assertThat(pool.get(unknown)).isSameAs(unknown);
    assertThat(pool.size()).isEqualTo(50_000);
  }

  @Test
  void intern_pastItsBound_handsBackNewStringsAsTheyAre() {
    StringPool pool = new StringPool(2);
    String a = pool.intern("a");
    pool.intern("b");
    String c = new String("c");
    assertThat(pool.intern(c)).isSameAs(c);
    assertThat(pool.intern(new String("c"))).isNotSameAs(c);
    assertThat(pool.intern(new String("a"))).isSameAs(a);
    assertThat(pool.size()).isEqualTo(2);
  }
}

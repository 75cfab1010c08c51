package com.gendan.schedule;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Collection;
import java.util.function.Function;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs the work of a scheduled job item by item (a user's filters, a mail, an order), so that one
 * item's failure cannot stop the items after it: the failure is logged with the item and counted in
 * {@value #FAILURES} (tag {@code loop}), and the loop goes on. The item's own transaction, if any,
 * is rolled back; the job's next run tries it again.
 */
@Component
public class IsolatedLoop {

  /** Counter of the items that failed, tagged with the loop's name. */
  public static final String FAILURES = "gendan.loop.item.failures";

  private static final Logger LOG = LoggerFactory.getLogger(IsolatedLoop.class);

  private final MeterRegistry meterRegistry;

  public IsolatedLoop(MeterRegistry meterRegistry) {
    this.meterRegistry = meterRegistry;
  }

  /**
   * Does {@code work} for every item, each on its own.
   *
   * @param loop the loop's name, for the log and the counter's {@code loop} tag
   * @param describe what names an item in the log (an id, never personal data)
   * @param work does one item; answers whether it counts as done
   * @return how many items were done
   */
  public <T> int forEach(
      String loop,
      Collection<? extends T> items,
      Function<? super T, ?> describe,
      Predicate<? super T> work) {
    int done = 0;
    for (T item : items) {
      try {
        if (work.test(item)) {
          done++;
        }
      } catch (RuntimeException e) {
        LOG.warn(
            "{}: {} failed, the loop goes on and the next run tries it again",
            loop,
            describe.apply(item),
            e);
        Counter.builder(FAILURES)
            .tag("loop", loop)
            .description("Items of a scheduled loop that failed and were skipped")
            .register(meterRegistry)
            .increment();
      }
    }
    return done;
  }
}

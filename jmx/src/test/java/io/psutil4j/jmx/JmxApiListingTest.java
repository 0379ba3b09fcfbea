package io.psutil4j.jmx;

import io.psutil4j.ApiListing;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

/**
 * jmx's public signatures are the checked-in {@code jmx/api/psutil4j-jmx.api}: a change to the API
 * that is not also made there fails here. Regenerate after a deliberate change: {@code mvn -pl jmx
 * test -Dtest=JmxApiListingTest -Dpsutil4j.api.update=true}, and review the diff.
 */
class JmxApiListingTest {
  @Test
  void thePublicSurfaceIsTheCheckedInListing() throws Exception {
    ApiListing.assertListed(
        Paths.get("target/classes"),
        Paths.get("api/psutil4j-jmx.api"),
        "mvn -pl jmx test -Dtest=JmxApiListingTest");
  }
}

package io.psutil4j;

import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

/**
 * core's public signatures are the checked-in {@code core/api/psutil4j-core.api}: a change to the
 * API that is not also made there fails here. Regenerate after a deliberate change: {@code mvn -pl
 * core test -Dtest=CoreApiListingTest -Dpsutil4j.api.update=true}, and review the diff.
 */
class CoreApiListingTest {
  @Test
  void thePublicSurfaceIsTheCheckedInListing() throws Exception {
    ApiListing.assertListed(
        Paths.get("target/classes"),
        Paths.get("api/psutil4j-core.api"),
        "mvn -pl core test -Dtest=CoreApiListingTest");
  }
}

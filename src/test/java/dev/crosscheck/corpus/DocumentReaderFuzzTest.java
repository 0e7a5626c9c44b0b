package dev.crosscheck.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever bytes a corpus file holds, reading it gives a document or one line that names the file. */
class DocumentReaderFuzzTest {

  private final DocumentReader reader = new DocumentReader();

  @Property(tries = 300)
  void anyFileIsReadOrRejectedInOneLineNamingIt(@ForAll("files") byte[] bytes, @ForAll("extensions") String extension)
      throws IOException {
    Path folder = Files.createTempDirectory("hostile");
    Path file = Files.write(folder.resolve("document." + extension), bytes);
    List<String> warnings = new ArrayList<>();
    try {
      Document document = reader.read(file, warnings::add);
      assertThat(document.text()).isNotBlank();
      assertThat(document.id()).isEqualTo("document");
    } catch (BadDocumentException rejected) {
      assertThat(rejected.getMessage()).startsWith(file + ": ").doesNotContain("\n");
    } finally {
      Files.delete(file);
      Files.delete(folder);
    }
    assertThat(warnings).allSatisfy(warning -> assertThat(warning).startsWith(file + ": ").doesNotContain("\n"));
  }

  @Provide
  Arbitrary<byte[]> files() {
    return HostileInput.bytes();
  }

  @Provide
  Arbitrary<String> extensions() {
    return Arbitraries.of("txt", "md", "html", "htm");
  }
}

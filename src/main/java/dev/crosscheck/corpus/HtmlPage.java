package dev.crosscheck.corpus;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The article in an HTML page: its text blocks (paragraphs, headings, list items) joined by blank lines,
 * and the metadata its head declares. Navigation, scripts and asides are page furniture and dropped.
 */
record HtmlPage(String text, Optional<String> title, Optional<String> source, Optional<String> url,
    Optional<String> published) {

  private static final String FURNITURE = "script, style, noscript, nav, header, footer, aside, form, iframe,"
      + " svg, button, [role=navigation], [aria-hidden=true]";
  private static final ImmutableSet<String> BLOCKS =
      ImmutableSet.of("h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "blockquote", "pre", "figcaption");

  static HtmlPage parse(String html) {
    org.jsoup.nodes.Document page = Jsoup.parse(html);
    Optional<String> title = firstContent(page, "meta[property=og:title]", "meta[name=title]")
        .or(() -> Optional.of(page.title().strip()).filter(t -> !t.isEmpty()));
    Optional<String> source = firstContent(page, "meta[property=og:site_name]", "meta[name=publisher]",
        "meta[name=author]");
    Optional<String> url = firstContent(page, "meta[property=og:url]")
        .or(() -> Optional.ofNullable(page.selectFirst("link[rel=canonical]")).map(e -> e.attr("href")))
        .filter(u -> !u.isBlank());
    Optional<String> published = firstContent(page, "meta[property=article:published_time]",
        "meta[name=date]", "meta[name=pubdate]", "meta[name=publish-date]", "meta[itemprop=datePublished]",
        "meta[name=dc.date]", "meta[name=DC.date.issued]")
        .or(() -> Optional.ofNullable(page.selectFirst("time[datetime]")).map(e -> e.attr("datetime")));

    page.select(FURNITURE).remove();
    Element root = Optional.ofNullable(page.selectFirst("article")).orElse(page.body());
    ImmutableList<String> texts = outermostBlocks(root).stream()
        .map(Element::text)
        .map(String::strip)
        .filter(text -> !text.isEmpty())
        .collect(ImmutableList.toImmutableList());
    String text = texts.isEmpty() ? root.text().strip() : String.join("\n\n", texts);
    return new HtmlPage(text, title, source, url, published);
  }

  /**
   * The text blocks under {@code root} that no other block holds, in document order: a block nested in
   * another (li > p) is already part of its parent's text. Found in one walk down the tree that stops at each
   * block, where looking up from every block for a block ancestor made a page of thousands of paragraphs, or
   * of deep nesting, cost the square of its size.
   */
  private static List<Element> outermostBlocks(Element root) {
    List<Element> blocks = new ArrayList<>();
    NodeTraversor.filter((node, depth) -> {
      if (node != root && node instanceof Element element && isBlock(element)) {
        blocks.add(element);
        return NodeFilter.FilterResult.SKIP_CHILDREN;
      }
      return NodeFilter.FilterResult.CONTINUE;
    }, root);
    return blocks;
  }

  private static boolean isBlock(Element element) {
    return BLOCKS.contains(element.normalName());
  }

  private static Optional<String> firstContent(org.jsoup.nodes.Document page, String... selectors) {
    return Stream.of(selectors)
        .map(page::selectFirst)
        .filter(e -> e != null && !e.attr("content").isBlank())
        .map(e -> e.attr("content").strip())
        .findFirst();
  }
}

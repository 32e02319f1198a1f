package gov.approval.catalogue.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/** One legal basis (设定依据) of an item: the law or regulation, its article and the article's text. */
@Embeddable
public class LegalBasis {

  public static final int LAW_LENGTH = 128;
  public static final int ARTICLE_LENGTH = 64;
  public static final int TEXT_LENGTH = 2000;

  @NotBlank(message = "{catalogue.basis.law.required}")
  @Size(max = LAW_LENGTH)
  @Column(name = "law", nullable = false, length = LAW_LENGTH)
  private String law;

  @Size(max = ARTICLE_LENGTH)
  @Column(name = "article", length = ARTICLE_LENGTH)
  private String article;

  @Size(max = TEXT_LENGTH)
  @Column(name = "basis_text", length = TEXT_LENGTH)
  private String text;

  protected LegalBasis() {}

  public LegalBasis(String law, String article, String text) {
    this.law = law;
    this.article = article;
    this.text = text;
  }

  public String getLaw() {
    return law;
  }

  public String getArticle() {
    return article;
  }

  public String getText() {
    return text;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LegalBasis other
        && Objects.equals(law, other.law)
        && Objects.equals(article, other.article)
        && Objects.equals(text, other.text);
  }

  @Override
  public int hashCode() {
    return Objects.hash(law, article, text);
  }
}

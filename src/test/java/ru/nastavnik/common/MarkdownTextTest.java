package ru.nastavnik.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTextTest {

    @Test
    void anImageOrALinkInANameStaysText() {
        assertThat(MarkdownText.escaped("Иванова <img src=x onerror=alert(1)>"))
                .isEqualTo("Иванова &lt;img src\\=x onerror\\=alert\\(1\\)&gt;");
        assertThat(MarkdownText.escaped("![x](http://evil.example/p.png) [сайт](http://evil.example)"))
                .isEqualTo("\\!\\[x\\]\\(http\\://evil\\.example/p\\.png\\) \\[сайт\\]\\(http\\://evil\\.example\\)");
    }

    @Test
    void emphasisHeadingsAndLineBreaksStayText() {
        assertThat(MarkdownText.escaped("**Петров**\n# Заголовок & _курсив_"))
                .isEqualTo("\\*\\*Петров\\*\\* \\# Заголовок &amp; \\_курсив\\_");
    }

    @Test
    void anOrdinaryNameKeepsItsLetters() {
        assertThat(MarkdownText.escaped("Смирнова Ольга Викторовна")).isEqualTo("Смирнова Ольга Викторовна");
        assertThat(MarkdownText.escaped(null)).isEmpty();
    }
}

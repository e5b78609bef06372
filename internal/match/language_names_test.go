package match

import "testing"

// TestLanguageList: reasons name languages in German, also those no fixed list had
// ("Auch auf KO, TL und YUE" before).
func TestLanguageList(t *testing.T) {
	cases := map[string]struct {
		reason string
		codes  []string
		want   string
	}{
		"one":      {"a single language", []string{"tr"}, "Türkisch"},
		"rare":     {"Korean, Filipino (tl) and Cantonese", []string{"ko", "fil", "yue"}, "Koreanisch, Filipino und Kantonesisch"},
		"scripted": {"a tag with a script", []string{"zh-Hant", "ar"}, "Chinesisch (traditionell) und Arabisch"},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			if got := languageList(tc.codes); got != tc.want {
				t.Errorf("%s: languageList(%q) = %q, want %q", tc.reason, tc.codes, got, tc.want)
			}
		})
	}
}

package angebote

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"html/template"
	"io/fs"
	"net/http"
	"path"
	"strings"
	"time"
)

// The templates and the files the pages load (a style sheet and an icon), embedded.
// The files are served under names that carry a hash of their content, so browsers
// keep them for good and a new build is fetched at once.
//
//go:embed templates/*.html static/*
var files embed.FS

// staticPath is where the files are served.
const staticPath = Prefix + "/static/"

// asset is one embedded file.
type asset struct {
	body        []byte
	contentType string
}

var (
	// assets by their served name ("style.0123abcd.css").
	assets = map[string]asset{}
	// assetURL maps a file's name ("style.css") to its served path.
	assetURL = map[string]string{}
	// assetsStamp is a hash of the templates and files, part of the pages' ETag.
	assetsStamp string
	pages       templates
)

// templates are the pages, each the layout with its content.
type templates struct {
	list, modul, partner, failure *template.Template
}

func init() {
	all := sha256.New()
	types := map[string]string{".css": "text/css; charset=utf-8", ".svg": "image/svg+xml"}
	for _, dir := range []string{"static", "templates"} {
		entries, err := fs.ReadDir(files, dir)
		if err != nil {
			panic("angebote: " + err.Error())
		}
		for _, e := range entries {
			body, err := fs.ReadFile(files, dir+"/"+e.Name())
			if err != nil {
				panic("angebote: " + err.Error())
			}
			all.Write([]byte(e.Name()))
			all.Write(body)
			if dir != "static" {
				continue
			}
			sum := sha256.Sum256(body)
			ext := path.Ext(e.Name())
			served := strings.TrimSuffix(e.Name(), ext) + "." + hex.EncodeToString(sum[:4]) + ext
			assets[served] = asset{body: body, contentType: types[ext]}
			assetURL[e.Name()] = staticPath + served
		}
	}
	assetsStamp = hex.EncodeToString(all.Sum(nil)[:8])
	parse := func(name string) *template.Template {
		return template.Must(template.New("layout.html").ParseFS(files, "templates/layout.html", "templates/cards.html", "templates/"+name))
	}
	pages = templates{list: parse("list.html"), modul: parse("modul.html"), partner: parse("partner.html"), failure: parse("failure.html")}
}

// asset serves an embedded file by its served name, cached for good.
func (h *Handler) asset(w http.ResponseWriter, r *http.Request) {
	a, ok := assets[r.PathValue("name")]
	if !ok {
		h.fail(w, r, http.StatusNotFound, "Diese Datei gibt es nicht (mehr).")
		return
	}
	w.Header().Set("Content-Type", a.contentType)
	w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(a.body))
}

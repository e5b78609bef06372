// Package web holds the browser pages the service serves. Their sources (TypeScript,
// one Vite build, see package.json) are built into dist/, which is committed and
// embedded here, so the service needs no Node.js at run or build time. Rebuild with
// `npm ci && npm run build` in this folder; CI fails when dist/ differs from a rebuild.
package web

import (
	"embed"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strings"

	"github.com/klauspost/compress/gzhttp"
)

//go:embed all:dist
var dist embed.FS

// Page returns the HTML of a page of the build (the folder of its index.html, e.g.
// "playground").
func Page(name string) ([]byte, error) {
	return fs.ReadFile(dist, path.Join("dist", name, "index.html"))
}

// asset is one file under dist/assets.
type asset struct {
	body        []byte
	contentType string
}

// contentTypes adds the types of the build's files that Go's table may lack.
var contentTypes = map[string]string{
	".js":    "text/javascript; charset=utf-8",
	".css":   "text/css; charset=utf-8",
	".txt":   "text/plain; charset=utf-8",
	".ttf":   "font/ttf",
	".woff":  "font/woff",
	".woff2": "font/woff2",
	".svg":   "image/svg+xml",
	".json":  "application/json",
}

// Assets serves the files under dist/assets for which serve is true (nil: all) at
// <prefix><name>: their names carry a hash of their content, so they may be cached for
// good. Only those files: no listing, no other path. Clients that accept gzip get it.
func Assets(prefix string, serve func(name string) bool) http.Handler {
	files := map[string]asset{}
	entries, err := fs.ReadDir(dist, "dist/assets")
	if err != nil {
		panic("web: the build has no assets folder: " + err.Error())
	}
	for _, e := range entries {
		if e.IsDir() || (serve != nil && !serve(e.Name())) {
			continue
		}
		body, err := fs.ReadFile(dist, "dist/assets/"+e.Name())
		if err != nil {
			panic("web: " + err.Error())
		}
		ext := path.Ext(e.Name())
		ct, ok := contentTypes[ext]
		if !ok {
			if ct = mime.TypeByExtension(ext); ct == "" {
				ct = "application/octet-stream"
			}
		}
		files[e.Name()] = asset{body: body, contentType: ct}
	}
	return gzhttp.GzipHandler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name, found := strings.CutPrefix(r.URL.Path, prefix)
		a, ok := files[name]
		if !found || !ok {
			http.NotFound(w, r)
			return
		}
		h := w.Header()
		h.Set("Content-Type", a.contentType)
		h.Set("Cache-Control", "public, max-age=31536000, immutable")
		h.Set("X-Content-Type-Options", "nosniff")
		if r.Method != http.MethodHead {
			_, _ = w.Write(a.body)
		}
	}))
}

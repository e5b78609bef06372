package main

import (
	"time"

	"github.com/rs/zerolog"

	"github.com/stadtdortmund/drehscheibe/internal/catalog"
	"github.com/stadtdortmund/drehscheibe/internal/networkcache"
)

// newNetworkCache is the cache of the cooperation networks that network(filter:) and
// the downloads /export/netzwerk.graphml and .gexf share. It logs what an operator
// wants to know: every computation of the betweenness in the background (it takes a
// core for seconds), every build over a second, and every failure.
func newNetworkCache(cat *catalog.Catalog, log zerolog.Logger) *networkcache.Cache {
	return networkcache.New(cat.Current, networkcache.Options{OnBuild: func(b networkcache.Build) {
		var ev *zerolog.Event
		switch {
		case b.Err != nil:
			ev = log.Error().Err(b.Err)
		case b.Background || b.Duration > time.Second:
			ev = log.Info()
		default:
			return
		}
		ev.Int64("catalogVersion", b.Version).Interface("filter", b.Filter).Bool("betweenness", b.Betweenness).
			Bool("background", b.Background).Int("cost", b.Cost).Dur("duration", b.Duration).Msg("cooperation network built")
	}})
}

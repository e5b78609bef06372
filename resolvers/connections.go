package resolvers

import (
	"context"

	"github.com/stadtdortmund/drehscheibe/graph/model"
	"github.com/stadtdortmund/drehscheibe/internal/catalog"
	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// connect builds a Relay connection from a catalogue list: one page, converted. The
// total is counted only when the query selects totalCount (counting a filtered list
// walks all of it).
func connect[T drehscheibe.Entity, N, E, C any](ctx context.Context, l catalog.List[T], a pageArgs, node func(T) N,
	edge func(cursor string, n N) E, conn func([]E, []N, *model.PageInfo, int) C) (C, error) {
	sel := selected(ctx, "")
	p, err := paginate(l, a, sel["edges"] && selected(ctx, "edges")["cursor"])
	if err != nil {
		var zero C
		return zero, err
	}
	nodes, edges := make([]N, len(p.items)), make([]E, len(p.items))
	for i, item := range p.items {
		nodes[i] = node(item)
		edges[i] = edge(p.cursors[i], nodes[i])
	}
	total := 0
	if sel["totalCount"] {
		total = p.total()
	}
	return conn(edges, nodes, p.info, total), nil
}

func quartierConnection(ctx context.Context, l catalog.List[*drehscheibe.Quartier], a pageArgs) (*model.QuartierConnection, error) {
	return connect(ctx, l, a, toModelQuartier,
		func(c string, n *model.Quartier) *model.QuartierEdge { return &model.QuartierEdge{Cursor: c, Node: n} },
		func(e []*model.QuartierEdge, n []*model.Quartier, pi *model.PageInfo, total int) *model.QuartierConnection {
			return &model.QuartierConnection{Edges: e, Nodes: n, PageInfo: pi, TotalCount: total}
		})
}

func institutionConnection(ctx context.Context, l catalog.List[*drehscheibe.Institution], a pageArgs) (*model.InstitutionConnection, error) {
	return connect(ctx, l, a, toModelInstitution,
		func(c string, n *model.Institution) *model.InstitutionEdge {
			return &model.InstitutionEdge{Cursor: c, Node: n}
		},
		func(e []*model.InstitutionEdge, n []*model.Institution, pi *model.PageInfo, total int) *model.InstitutionConnection {
			return &model.InstitutionConnection{Edges: e, Nodes: n, PageInfo: pi, TotalCount: total}
		})
}

func partnerConnection(ctx context.Context, l catalog.List[*drehscheibe.Partner], a pageArgs) (*model.PartnerConnection, error) {
	return connect(ctx, l, a, partnerConverter(nodeSelection(ctx)),
		func(c string, n *model.Partner) *model.PartnerEdge { return &model.PartnerEdge{Cursor: c, Node: n} },
		func(e []*model.PartnerEdge, n []*model.Partner, pi *model.PageInfo, total int) *model.PartnerConnection {
			return &model.PartnerConnection{Edges: e, Nodes: n, PageInfo: pi, TotalCount: total}
		})
}

func modulConnection(ctx context.Context, l catalog.List[*drehscheibe.Modul], a pageArgs) (*model.ModulConnection, error) {
	return connect(ctx, l, a, modulConverter(nodeSelection(ctx)),
		func(c string, n *model.Modul) *model.ModulEdge { return &model.ModulEdge{Cursor: c, Node: n} },
		func(e []*model.ModulEdge, n []*model.Modul, pi *model.PageInfo, total int) *model.ModulConnection {
			return &model.ModulConnection{Edges: e, Nodes: n, PageInfo: pi, TotalCount: total}
		})
}

func bedarfConnection(ctx context.Context, l catalog.List[*drehscheibe.Bedarf], a pageArgs) (*model.BedarfConnection, error) {
	return connect(ctx, l, a, toModelBedarf,
		func(c string, n *model.Bedarf) *model.BedarfEdge { return &model.BedarfEdge{Cursor: c, Node: n} },
		func(e []*model.BedarfEdge, n []*model.Bedarf, pi *model.PageInfo, total int) *model.BedarfConnection {
			return &model.BedarfConnection{Edges: e, Nodes: n, PageInfo: pi, TotalCount: total}
		})
}

func kindercampusConnection(ctx context.Context, l catalog.List[*drehscheibe.Kindercampus], a pageArgs) (*model.KindercampusConnection, error) {
	return connect(ctx, l, a, toModelKindercampus,
		func(c string, n *model.Kindercampus) *model.KindercampusEdge {
			return &model.KindercampusEdge{Cursor: c, Node: n}
		},
		func(e []*model.KindercampusEdge, n []*model.Kindercampus, pi *model.PageInfo, total int) *model.KindercampusConnection {
			return &model.KindercampusConnection{Edges: e, Nodes: n, PageInfo: pi, TotalCount: total}
		})
}

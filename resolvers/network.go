package resolvers

import (
	"context"

	"github.com/stadtdortmund/drehscheibe/graph/model"
	"github.com/stadtdortmund/drehscheibe/internal/catalog"
	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
	"github.com/stadtdortmund/drehscheibe/internal/network"
	"github.com/stadtdortmund/drehscheibe/internal/networkcache"
)

// network answers network(filter:) from the cache the downloads share: the betweenness
// only when the query selects it (a node's betweenness or the bridges), and only the
// lists the query selects are converted.
func (r *Resolver) network(ctx context.Context, filter *model.NetworkFilter) (*model.Network, error) {
	view := r.view(ctx)
	f, err := networkcache.Scope(view.Principal(), view.Snapshot(), toNetworkFilter(filter))
	if err != nil {
		return nil, err
	}
	sel := selected(ctx, "")
	betweenness := sel.has("bridges") || selectedPath(ctx, "institutions").has("betweenness") ||
		selectedPath(ctx, "partners").has("betweenness")
	res, err := r.Networks.Network(view.Snapshot(), f, betweenness)
	if err != nil {
		return nil, err
	}
	return toModelNetwork(res, view.Snapshot(), sel), nil
}

func toNetworkFilter(f *model.NetworkFilter) network.Filter {
	if f == nil {
		return network.Filter{}
	}
	return network.Filter{CampusID: drehscheibe.ID(deref(f.KindercampusID)), QuartierID: drehscheibe.ID(deref(f.QuartierID)),
		Theme: drehscheibe.Theme(deref(f.Theme)), From: deref(f.From), To: deref(f.To)}
}

var betweennessStatus = map[networkcache.Status]model.BetweennessStatus{
	networkcache.Computed: model.BetweennessStatusComputed, networkcache.Pending: model.BetweennessStatusPending,
	networkcache.Skipped: model.BetweennessStatusSkipped, networkcache.NotRequested: model.BetweennessStatusNotSelected,
}

// toModelNetwork converts the lists sel selects (the others stay nil, which gqlgen
// writes as []); institutions and partners are converted once each and shared by every
// list that names them.
func toModelNetwork(res networkcache.Result, snap *catalog.Snapshot, sel selection) *model.Network {
	n := res.Network
	out := &model.Network{CatalogVersion: int(res.Version), BetweennessStatus: betweennessStatus[res.Betweenness], Stale: res.Stale,
		Cooperations: n.Cooperations, Density: n.Density}
	f := n.Filter
	if k, ok := snap.Kindercampus(f.CampusID); ok {
		out.Kindercampus = toModelKindercampus(k)
	}
	if q, ok := snap.Quartier(f.QuartierID); ok {
		out.Quartier = toModelQuartier(q)
	}
	if f.Theme != "" {
		t := model.Theme(f.Theme)
		out.Theme = &t
	}
	if !f.From.IsZero() {
		out.From = &f.From
	}
	if !f.To.IsZero() {
		out.To = &f.To
	}
	c := newNetworkConverter(res, snap)
	if sel.has("institutions") {
		out.Institutions = mapSlice(n.Institutions, c.institutionNode)
	}
	if sel.has("partners") || sel.has("bridges") {
		out.Partners = mapSlice(n.Partners, c.partnerNode)
		for _, id := range n.Bridges {
			if p, ok := c.partnerNodes[id]; ok {
				out.Bridges = append(out.Bridges, p)
			}
		}
		if !sel.has("partners") {
			out.Partners = nil
		}
	}
	if sel.has("edges") {
		out.Edges = mapSlice(n.Edges, func(e network.Edge) *model.NetworkEdge {
			return &model.NetworkEdge{Institution: c.institution(e.InstitutionID), Partner: c.partner(e.PartnerID), Weight: e.Weight,
				Themes: enums[model.Theme](e.Themes), FirstStart: e.FirstStart}
		})
	}
	if sel.has("growth") {
		out.Growth = mapSlice(n.Quarters, func(q network.QuarterStat) *model.NetworkQuarter {
			return &model.NetworkQuarter{Quarter: q.Quarter.String(), AsOf: q.AsOf, Institutions: q.Institutions, Connected: q.Connected,
				Partners: q.Partners, Edges: q.Edges, Cooperations: q.Cooperations, Density: q.Density}
		})
	}
	if sel.has("isolated") {
		out.Isolated = c.institutions(n.Isolated)
	}
	if sel.has("themeGaps") {
		out.ThemeGaps = mapSlice(n.ThemeGaps, func(g network.ThemeGap) *model.NetworkThemeGap {
			return &model.NetworkThemeGap{Theme: model.Theme(g.Theme), Institutions: c.institutions(g.Institutions)}
		})
	}
	if sel.has("components") {
		out.Components = mapSlice(n.Components, func(k network.Component) *model.NetworkComponent {
			return &model.NetworkComponent{Institutions: c.institutions(k.Institutions), Partners: c.partners(k.Partners), Edges: k.Edges}
		})
	}
	return out
}

// networkConverter converts the nodes of one network, each entity once.
type networkConverter struct {
	res          networkcache.Result
	snap         *catalog.Snapshot
	insts        map[drehscheibe.ID]*model.Institution
	parts        map[drehscheibe.ID]*model.Partner
	partnerNodes map[drehscheibe.ID]*model.NetworkPartner
}

func newNetworkConverter(res networkcache.Result, snap *catalog.Snapshot) *networkConverter {
	return &networkConverter{res: res, snap: snap, insts: map[drehscheibe.ID]*model.Institution{},
		parts: map[drehscheibe.ID]*model.Partner{}, partnerNodes: map[drehscheibe.ID]*model.NetworkPartner{}}
}

// institution returns the institution with id as the snapshot has it, or — for one the
// request's snapshot does not hold yet (the network is of a newer catalogue version) —
// as the network names it.
func (c *networkConverter) institution(id drehscheibe.ID) *model.Institution {
	return memo(c.insts, id, func() *model.Institution {
		in, ok := c.snap.Institution(id)
		if !ok {
			node, _ := c.res.Network.Institution(id)
			in = &drehscheibe.Institution{Meta: drehscheibe.Meta{ID: id}, Name: node.Name, Type: node.Type, QuartierID: node.QuartierID}
		}
		return toModelInstitution(in)
	})
}

// partner is institution for partners.
func (c *networkConverter) partner(id drehscheibe.ID) *model.Partner {
	return memo(c.parts, id, func() *model.Partner {
		p, ok := c.snap.Partner(id)
		if !ok {
			node, _ := c.res.Network.Partner(id)
			p = &drehscheibe.Partner{Meta: drehscheibe.Meta{ID: id}, Name: node.Name, Kind: node.Kind}
		}
		return toModelPartner(p)
	})
}

// memo returns seen[id], made by build the first time.
func memo[T any](seen map[drehscheibe.ID]T, id drehscheibe.ID, build func() T) T {
	v, ok := seen[id]
	if !ok {
		v = build()
		seen[id] = v
	}
	return v
}

func (c *networkConverter) institutions(ids []drehscheibe.ID) []*model.Institution {
	return mapSlice(ids, c.institution)
}

func (c *networkConverter) partners(ids []drehscheibe.ID) []*model.Partner {
	return mapSlice(ids, c.partner)
}

func (c *networkConverter) institutionNode(n network.InstitutionNode) *model.NetworkInstitution {
	return &model.NetworkInstitution{Institution: c.institution(n.ID), Degree: n.Degree, Cooperations: n.Cooperations,
		Betweenness: c.betweenness(n.Betweenness)}
}

func (c *networkConverter) partnerNode(n network.PartnerNode) *model.NetworkPartner {
	m := &model.NetworkPartner{Partner: c.partner(n.ID), Degree: n.Degree, Cooperations: n.Cooperations,
		Betweenness: c.betweenness(n.Betweenness)}
	c.partnerNodes[n.ID] = m
	return m
}

// betweenness is v when the network has it, else null.
func (c *networkConverter) betweenness(v float64) *float64 {
	if !c.res.Network.HasBetweenness {
		return nil
	}
	return &v
}

package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"strings"
)

// trustedProxies are the reverse proxies whose X-Forwarded-For is believed
// (TRUSTED_PROXIES): single addresses or networks.
type trustedProxies []netip.Prefix

// parseTrustedProxies reads a comma-separated list of addresses and networks
// ("10.0.0.0/8, 192.0.2.1, ::1").
func parseTrustedProxies(v string) (trustedProxies, error) {
	var out trustedProxies
	for _, s := range strings.Split(v, ",") {
		s = strings.TrimSpace(s)
		if s == "" {
			continue
		}
		if p, err := netip.ParsePrefix(s); err == nil {
			out = append(out, p.Masked())
			continue
		}
		a, err := netip.ParseAddr(s)
		if err != nil {
			return nil, fmt.Errorf("%q ist weder eine IP-Adresse noch ein Netz (z. B. 10.0.0.0/8)", s)
		}
		a = a.Unmap()
		out = append(out, netip.PrefixFrom(a, a.BitLen()))
	}
	return out, nil
}

// String lists the proxies for the start-up log.
func (t trustedProxies) String() string {
	s := make([]string, len(t))
	for i, p := range t {
		s[i] = p.String()
	}
	return strings.Join(s, ",")
}

func (t trustedProxies) trusts(a netip.Addr) bool {
	for _, p := range t {
		if p.Contains(a) {
			return true
		}
	}
	return false
}

// client returns the address of the caller behind a request from peer with the
// X-Forwarded-For values xff. Only a trusted proxy's word counts: the list is read from
// its end (the entry the nearest proxy added) and the first address that is not a
// trusted proxy is the client. Whatever a client writes into the header itself stands
// further left and is never reached past an untrusted hop. An entry that is no address
// ends the walk at the proxy that reported it.
func (t trustedProxies) client(peer netip.Addr, xff []string) netip.Addr {
	if len(t) == 0 || !t.trusts(peer) {
		return peer
	}
	var hops []string
	for _, v := range xff {
		hops = append(hops, strings.Split(v, ",")...)
	}
	client := peer
	for i := len(hops) - 1; i >= 0; i-- {
		a, ok := hopAddr(strings.TrimSpace(hops[i]))
		if !ok {
			return client
		}
		client = a
		if !t.trusts(a) {
			return a
		}
	}
	return client
}

// hopAddr reads one entry of X-Forwarded-For: an address, possibly with a port.
func hopAddr(s string) (netip.Addr, bool) {
	if a, err := netip.ParseAddr(s); err == nil {
		return a.Unmap(), true
	}
	if ap, err := netip.ParseAddrPort(s); err == nil {
		return ap.Addr().Unmap(), true
	}
	return netip.Addr{}, false
}

type clientKey struct{}

// clientAddress puts the caller's address into the request context, for the rate
// limits and the failed-authentication limit: the peer's address, or behind trusted
// proxies the client's address from X-Forwarded-For.
func clientAddress(t trustedProxies) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			peer, err := peerAddr(r.RemoteAddr)
			if err != nil {
				next.ServeHTTP(w, r)
				return
			}
			a := t.client(peer, r.Header.Values("X-Forwarded-For"))
			next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), clientKey{}, a.String())))
		})
	}
}

func peerAddr(remote string) (netip.Addr, error) {
	host, _, err := net.SplitHostPort(remote)
	if err != nil {
		return netip.Addr{}, err
	}
	a, err := netip.ParseAddr(host)
	if err != nil {
		return netip.Addr{}, errors.New("no IP address")
	}
	return a.Unmap(), nil
}

// clientIP is the address the request came from, as clientAddress found it.
func clientIP(r *http.Request) string {
	if a, ok := r.Context().Value(clientKey{}).(string); ok {
		return a
	}
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

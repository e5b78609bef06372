package main

import (
	"net/url"
	"strings"
)

// defaultReturn is where a sign-in leads without a (usable) return address: the
// dashboard.
const defaultReturn = "/dashboard/"

// maxReturnLength bounds a return address.
const maxReturnLength = 1024

// localReturn returns ret when it is a path of this service (with query and fragment),
// else defaultReturn: nothing that leaves the service ("//host", "/\host",
// "https://…", "javascript:…", control characters browsers drop, so that "/\t/host"
// would become "//host") — no open redirect.
func localReturn(ret string) string {
	if ret == "" || len(ret) > maxReturnLength || !strings.HasPrefix(ret, "/") ||
		strings.HasPrefix(ret, "//") || strings.ContainsAny(ret, "\\") {
		return defaultReturn
	}
	for _, c := range ret {
		if c < 0x20 || c == 0x7f {
			return defaultReturn
		}
	}
	u, err := url.Parse(ret)
	if err != nil || u.Scheme != "" || u.Host != "" || u.Opaque != "" || u.User != nil || !strings.HasPrefix(u.Path, "/") {
		return defaultReturn
	}
	return ret
}

// Command mspansize prints unsafe.Sizeof(runtime.mspan) for linux/amd64, computed by go/types over
// the runtime's own source (the struct is not exported): one is allocated per span and never freed.
package main

import (
	"fmt"
	"go/importer"
	"go/token"
	"go/types"
)

func main() {
	pkg, err := importer.ForCompiler(token.NewFileSet(), "source", nil).Import("runtime")
	if err != nil {
		panic(err)
	}
	fmt.Println(types.SizesFor("gc", "amd64").Sizeof(pkg.Scope().Lookup("mspan").Type()))
}

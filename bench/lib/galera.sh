# A MariaDB Galera cluster on loopback, built on bench/lib/loopback.sh (source that first). Each node is a
# Debian mariadbd with the galera-4 provider; its SQL, group communication (gcomm), state transfer (SST) and
# incremental state transfer (IST) ports are PORT, PORT+1, PORT+2 and PORT+3.
#
#   loopback_galera_cluster NAME PORT [NAME PORT]...  a new cluster of these nodes, every one Synced on return;
#                                                  the first bootstraps it
#   loopback_galera_start NAME PORT PORT...        starts a stopped node (loopback_stop) again on its data, PORT...
#                                                  being every node's SQL port: it rejoins and catches up by IST
#                                                  while the others' gcache still holds what it missed
#   loopback_galera_wait_synced NAME [SECONDS]     until the node reports Synced and the cluster size
#   loopback_galera_status NAME                    "Synced 3" (state and cluster size)
#
# The settings every node needs (docs/operations.md, "Galera cluster"): row-based binary log format,
# interleaved auto-increment locks, the provider, utf8mb4, and wsrep_sync_wait=1 so that a read on one node sees what
# another node committed before it (an order placed through one instance is found by its idempotency key
# through another).

loopback_galera_args() { # NAME PORT FIRST_PORT...
  local name=$1 port=$2; shift 2
  local members="" p
  for p in "$@"; do members+="${members:+,}127.0.0.1:$((p + 1))"; done
  echo "--wsrep-on=ON --wsrep-provider=/usr/lib/galera/libgalera_smm.so --wsrep-cluster-name=aisle-loopback
    --wsrep-cluster-address=gcomm://$members --wsrep-node-name=$name --wsrep-node-address=127.0.0.1:$((port + 1))
    --wsrep-provider-options=gmcast.listen_addr=tcp://127.0.0.1:$((port + 1));ist.recv_addr=127.0.0.1:$((port + 3));gcache.size=256M
    --wsrep-sst-method=mariabackup --wsrep-sst-auth=root: --wsrep-sst-receive-address=127.0.0.1:$((port + 2))
    --binlog-format=ROW --default-storage-engine=InnoDB --innodb-autoinc-lock-mode=2 --wsrep-sync-wait=1
    --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci"
}

loopback_galera_cluster() { # NAME PORT [NAME PORT]... : the first node bootstraps the cluster
  local names=() ports=() i dir
  while [ $# -gt 0 ]; do names+=("$1"); ports+=("$2"); shift 2; done
  # Seeding instead of a state transfer: a fresh cluster's nodes start from copies of the first node's data
  # directory, taken after it stopped cleanly (its grastate.dat then holds the cluster's id and position), so
  # the others join without SST. (A full state transfer failed here with mariadbd running as root: rsync's
  # receiver drops to nobody and cannot write the data directory, and mariabackup's failed as well; a real cluster
  # runs mariadbd as mysql.)
  loopback_mariadb "${names[0]}" "${ports[0]}" $(loopback_galera_args "${names[0]}" "${ports[0]}" "${ports[@]}") \
    --wsrep-new-cluster || return 1
  loopback_galera_wait_synced "${names[0]}" || return 1
  loopback_stop "${names[0]}"
  for ((i = 1; i < ${#names[@]}; i++)); do
    dir=$(loopback_dir "${names[$i]}")
    rm -rf "$dir"; mkdir -p "$dir/tmp"
    cp -a "$(loopback_dir "${names[0]}")/data" "$dir/data"
    rm -f "$dir/data/galera.cache"
    sed -i 's/^safe_to_bootstrap: 1/safe_to_bootstrap: 0/' "$dir/data/grastate.dat"
  done
  loopback_galera_start "${names[0]}" "${ports[0]}" "${ports[@]}" --wsrep-new-cluster
  loopback_galera_wait_synced "${names[0]}" || return 1
  for ((i = 1; i < ${#names[@]}; i++)); do
    loopback_galera_start "${names[$i]}" "${ports[$i]}" "${ports[@]}"
    loopback_galera_wait_synced "${names[$i]}" || return 1
  done
}

loopback_galera_start() { # NAME PORT FIRST_PORT... [--wsrep-new-cluster]: a node on its existing data
  local name=$1 port=$2 dir; dir=$(loopback_dir "$1")
  ! loopback_alive "$name" || { loopback_fail "$name is already running"; return 1; }
  local bootstrap=()
  [ "${*: -1}" != --wsrep-new-cluster ] || { bootstrap=(--wsrep-new-cluster); set -- "${@:1:$#-1}"; }
  # shellcheck disable=SC2046 # the arguments are words without spaces
  mariadbd --no-defaults --user=root --datadir="$dir/data" --tmpdir="$dir/tmp" --port="$port" --bind-address=127.0.0.1 \
    --socket="$dir/mariadbd.sock" --pid-file="$dir/mariadbd.pid" --log-error="$dir/mariadbd.log" \
    --skip-name-resolve --innodb-buffer-pool-size=256M --innodb-log-file-size=64M --max-connections=500 \
    $(loopback_galera_args "$@") "${bootstrap[@]}" > "$dir/stdout.log" 2>&1 &
  loopback_record "$name" $!
}

loopback_galera_status() { # NAME
  loopback_sql "$1" "SHOW STATUS WHERE Variable_name IN ('wsrep_local_state_comment','wsrep_cluster_size')" \
    2>/dev/null | awk 'NR > 1 {v[$1] = $2} END {print v["wsrep_local_state_comment"], v["wsrep_cluster_size"]}'
}

loopback_galera_wait_synced() { # NAME [SECONDS]
  local i limit=${2:-120}
  for ((i = 0; i < limit * 5; i++)); do
    case "$(loopback_galera_status "$1")" in Synced*) return 0 ;; esac
    loopback_alive "$1" || { tail -20 "$(loopback_dir "$1")/mariadbd.log" >&2; loopback_fail "galera node $1 exited"; return 1; }
    sleep 0.2
  done
  loopback_fail "galera node $1 not synced within $limit s: $(loopback_galera_status "$1")"
}

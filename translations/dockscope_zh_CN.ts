<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Checks</name>
    <message>
        <location filename="../core/audit/checktable.cpp" line="+44"/>
        <source>Host configuration</source>
        <translation>宿主机配置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Docker daemon configuration</source>
        <translation>Docker 守护进程配置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Docker daemon configuration files</source>
        <translation>Docker 守护进程配置文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Container images and build file</source>
        <translation>容器镜像和构建文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Container runtime</source>
        <translation>容器运行时</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Docker security operations</source>
        <translation>Docker 安全运维</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Docker swarm configuration</source>
        <translation>Docker Swarm 配置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dockscope checks</source>
        <translation>Dockscope 检查项</translation>
    </message>
    <message>
        <location filename="../core/audit/containerchecks.cpp" line="+103"/>
        <source>Privileged: the container holds every capability.</source>
        <translation>特权容器：该容器拥有全部能力。</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>The limit is recorded in the container&apos;s configuration, but the kernel does not enforce it: the container has no cgroup of its own for it (rootless Docker without cgroup delegation).</source>
        <translation>该限制记录在容器配置中，但内核并未执行：容器没有属于自己的对应控制组（cgroup）（未委派控制组的无根（rootless）模式 Docker）。</translation>
    </message>
    <message>
        <location line="+191"/>
        <source>The enforced PIDs limit %1 is the service manager&apos;s default (systemd TasksMax), not a limit set for this container.</source>
        <translation>内核实际执行的 PIDs 限制 %1 是服务管理器的默认值（systemd TasksMax），而不是为此容器设置的限制。</translation>
    </message>
    <message>
        <location line="+294"/>
        <source>Ensure swarm mode is not Enabled, if not needed</source>
        <translation>确保未启用不需要的 Swarm 模式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A swarm manager opens management ports and keeps cluster secrets.</source>
        <translation>Swarm 管理节点会开放管理端口并保存集群密钥。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the swarm if this host does not need it.</source>
        <translation>如果本宿主机不需要 Swarm，请退出 Swarm。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ensure that, if applicable, an AppArmor Profile is enabled</source>
        <translation>确保（如适用）已启用 AppArmor 配置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An AppArmor profile limits what the container&apos;s processes may touch even as root.</source>
        <translation>AppArmor 配置可以限制容器内进程能访问的内容，即使它们以 root 身份运行。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the container with an AppArmor profile (docker-default or your own).</source>
        <translation>使用 AppArmor 配置（docker-default 或自定义配置）运行容器。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ensure that, if applicable, SELinux security options are set</source>
        <translation>确保（如适用）已设置 SELinux 安全选项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SELinux labels confine what the container&apos;s processes may touch even as root.</source>
        <translation>SELinux 标签可以限制容器内进程能访问的内容，即使它们以 root 身份运行。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the container with SELinux labels (do not disable labelling).</source>
        <translation>使用 SELinux 标签运行容器（不要禁用标签）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ensure that Linux kernel capabilities are restricted within containers</source>
        <translation>确保容器内的 Linux 内核能力受到限制</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each capability beyond Docker&apos;s default set is a piece of root on the host (SYS_ADMIN is nearly all of it).</source>
        <translation>Docker 默认能力集之外的每一项能力都相当于宿主机 root 权限的一部分（SYS_ADMIN 几乎就是全部）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop every capability the container does not need; add back only the needed ones.</source>
        <translation>移除容器不需要的所有能力，只添加确实需要的能力。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ensure that privileged containers are not used</source>
        <translation>确保不使用特权容器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A privileged container has every capability, every device and no seccomp or LSM confinement: it is root on the host.</source>
        <translation>特权容器拥有全部能力和全部设备，且不受 seccomp 或 LSM 约束：它就是宿主机上的 root。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the container without --privileged; grant only the capabilities and devices it needs.</source>
        <translation>不要使用 --privileged 运行容器；只授予它需要的能力和设备。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ensure sensitive host system directories are not mounted on containers</source>
        <translation>确保未将宿主机敏感系统目录挂载到容器中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A writable /, /etc, /usr, /boot, /dev, /proc or /sys from the host lets the container change the host.</source>
        <translation>可写挂载宿主机的 /、/etc、/usr、/boot、/dev、/proc 或 /sys，会让容器能够修改宿主机。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not bind-mount host system directories; if one is needed, mount it read-only.</source>
        <translation>不要绑定挂载宿主机系统目录；如果确实需要，请以只读方式挂载。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ensure sshd is not run within containers</source>
        <translation>确保容器内不运行 sshd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An SSH server in a container is one more service to patch and one more way in.</source>
        <translation>容器内的 SSH 服务多了一个需要打补丁的服务，也多了一个入侵途径。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove sshd from the container; use docker exec to get a shell.</source>
        <translation>从容器中移除 sshd；使用 docker exec 获取 shell。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ensure privileged ports are not mapped within containers</source>
        <translation>确保容器内未映射特权端口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ports below 1024 are reserved for privileged services; mapping one lets a container pose as one.</source>
        <translation>1024 以下的端口保留给特权服务；映射这类端口会让容器能够冒充此类服务。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish on a host port of 1024 or above.</source>
        <translation>发布到宿主机 1024 或以上的端口。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ensure that only needed ports are open on the container</source>
        <translation>确保容器只开放必要的端口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every published port is reachable from outside the host.</source>
        <translation>每个已发布的端口都可以从宿主机外部访问。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish only the ports the service needs; avoid -P, which publishes every exposed port.</source>
        <translation>只发布服务需要的端口；避免使用 -P，它会发布所有暴露的端口。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ensure that the host&apos;s network namespace is not shared</source>
        <translation>确保不共享宿主机的网络命名空间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With the host&apos;s network namespace the container sees and can bind every host interface and talk to local-only services.</source>
        <translation>使用宿主机的网络命名空间时，容器能看到并绑定宿主机的所有网络接口，还能访问仅限本地的服务。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not run the container with --network host.</source>
        <translation>不要使用 --network host 运行容器。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ensure that the memory usage for containers is limited</source>
        <translation>确保容器的内存用量受到限制</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without a memory limit one container can take all the host&apos;s memory and get others killed.</source>
        <translation>没有内存限制时，一个容器可能占满宿主机的全部内存，导致其他容器被终止。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/audit/dschecks.cpp" line="+391"/>
        <source>Give the container a memory limit.</source>
        <translation>为容器设置内存限制。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ensure that CPU priority is set appropriately on containers</source>
        <translation>确保为容器合理设置 CPU 优先级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without CPU shares or a quota every container competes equally and one can starve the rest.</source>
        <translation>没有 CPU 份额或配额时，所有容器平等竞争，一个容器就可能让其他容器得不到 CPU。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set CPU shares or a CPU quota.</source>
        <translation>设置 CPU 份额或 CPU 配额。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ensure that the container&apos;s root filesystem is mounted as read only</source>
        <translation>确保容器的根文件系统以只读方式挂载</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A read-only root file system stops an intruder from changing the container&apos;s programs.</source>
        <translation>只读的根文件系统可以阻止入侵者修改容器内的程序。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run with a read-only root file system and explicit writable volumes or tmpfs.</source>
        <translation>使用只读根文件系统运行，并显式提供可写的卷或 tmpfs。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ensure that incoming container traffic is bound to a specific host interface</source>
        <translation>确保容器的入站流量绑定到特定的宿主机网络接口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A port published on 0.0.0.0 is reachable on every interface of the host, including public ones.</source>
        <translation>发布在 0.0.0.0 上的端口可以从宿主机的所有网络接口访问，包括公网接口。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish ports on a specific host address.</source>
        <translation>将端口发布到特定的宿主机地址。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ensure that the &apos;on-failure&apos; container restart policy is set to &apos;5&apos;</source>
        <translation>确保容器重启策略 &apos;on-failure&apos; 设置为 &apos;5&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endless restarts of a failing container can be used to exhaust the host.</source>
        <translation>失败容器的无限重启可能被用来耗尽宿主机资源。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the on-failure restart policy with at most 5 retries.</source>
        <translation>使用 on-failure 重启策略，最多重试 5 次。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ensure that the host&apos;s process namespace is not shared</source>
        <translation>确保不共享宿主机的进程命名空间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With the host&apos;s PID namespace the container sees, and as root can signal or trace, every host process.</source>
        <translation>使用宿主机的 PID 命名空间时，容器能看到宿主机的所有进程，以 root 身份运行时还能向它们发送信号或跟踪它们。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not run the container with --pid host.</source>
        <translation>不要使用 --pid host 运行容器。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ensure that the host&apos;s IPC namespace is not shared</source>
        <translation>确保不共享宿主机的 IPC 命名空间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With the host&apos;s IPC namespace the container can read and change host shared memory.</source>
        <translation>使用宿主机的 IPC 命名空间时，容器可以读取和修改宿主机的共享内存。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not run the container with --ipc host.</source>
        <translation>不要使用 --ipc host 运行容器。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ensure that host devices are not directly exposed to containers</source>
        <translation>确保宿主机设备不直接暴露给容器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A host device in a container can be read, written or used to escape.</source>
        <translation>容器中的宿主机设备可以被读取、写入，或被用于逃逸。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expose only the devices that are needed, with the fewest permissions (r, w, m).</source>
        <translation>只暴露需要的设备，并授予最少的权限（r、w、m）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ensure that the default ulimit is overwritten at runtime if needed</source>
        <translation>确保在需要时于运行时覆盖默认 ulimit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per-container ulimits bound open files and processes more tightly than the daemon default.</source>
        <translation>按容器设置的 ulimit 可以比守护进程默认值更严格地限制打开的文件数和进程数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set ulimits for containers that need other bounds than the daemon&apos;s default.</source>
        <translation>对需要不同于守护进程默认限制的容器设置 ulimit。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ensure mount propagation mode is not set to shared</source>
        <translation>确保挂载传播模式未设置为 shared</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With shared propagation, mounts made inside the container appear on the host and the other way round.</source>
        <translation>使用 shared 传播模式时，容器内的挂载会出现在宿主机上，反之亦然。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use private or slave propagation.</source>
        <translation>使用 private 或 slave 传播模式。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ensure that the host&apos;s UTS namespace is not shared</source>
        <translation>确保不共享宿主机的 UTS 命名空间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With the host&apos;s UTS namespace the container can change the host&apos;s name.</source>
        <translation>使用宿主机的 UTS 命名空间时，容器可以修改宿主机的主机名。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not run the container with --uts host.</source>
        <translation>不要使用 --uts host 运行容器。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ensure the default seccomp profile is not Disabled</source>
        <translation>确保未禁用默认 seccomp 配置文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The seccomp filter blocks system calls that are the usual way out of a container.</source>
        <translation>seccomp 过滤器会拦截那些常被用来逃逸容器的系统调用。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not run with seccomp=unconfined.</source>
        <translation>不要使用 seccomp=unconfined 运行。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ensure that docker exec commands are not used with the privileged option</source>
        <translation>确保 docker exec 命令不使用 privileged 选项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A privileged exec gives the new process every capability, whatever the container was started with.</source>
        <translation>特权 exec 会给新进程授予全部能力，无论容器启动时如何配置。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review the daemon&apos;s exec events (docker events --filter event=exec_create) for --privileged execs.</source>
        <translation>检查守护进程的 exec 事件（docker events --filter event=exec_create），查找使用 --privileged 的 exec。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ensure that docker exec commands are not used with the user=root option</source>
        <translation>确保 docker exec 命令不使用 user=root 选项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An exec as root undoes a container&apos;s non-root user.</source>
        <translation>以 root 身份执行 exec 会使容器的非 root 用户设置失去作用。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review the daemon&apos;s exec events for execs as root.</source>
        <translation>检查守护进程的 exec 事件，查找以 root 身份执行的 exec。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ensure that cgroup usage is confirmed</source>
        <translation>确保已确认 cgroup 的使用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A non-default cgroup parent changes which limits apply to the container.</source>
        <translation>非默认的 cgroup 父组会改变容器所受的限制。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/audit/daemonchecks.cpp" line="+484"/>
        <source>Keep the default cgroup parent unless a different one is intended.</source>
        <translation>除非有意使用其他 cgroup 父组，否则保持默认值。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ensure that the container is restricted from acquiring additional privileges</source>
        <translation>确保容器无法获取额外权限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without no-new-privileges a setuid binary in the container can raise a process to root.</source>
        <translation>未启用 no-new-privileges 时，容器内的 setuid 程序可以把进程提升为 root。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run with no-new-privileges (per container or daemon-wide).</source>
        <translation>运行时启用禁止提权（no-new-privileges），可按容器设置，也可对整个守护进程统一设置。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ensure that container health is checked at runtime</source>
        <translation>确保在运行时检查容器健康状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A health check lets the daemon and orchestrators notice a broken or hijacked service.</source>
        <translation>健康检查让守护进程和编排系统能够发现出故障或被劫持的服务。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the image or the container a health check.</source>
        <translation>为镜像或容器配置健康检查。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ensure that Docker commands always make use of the latest version of their image</source>
        <translation>确保 Docker 命令始终使用镜像的最新版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A cached old image keeps running old, vulnerable code.</source>
        <translation>缓存的旧镜像会一直运行陈旧且有漏洞的代码。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pull images before running them, or pin digests that you update deliberately.</source>
        <translation>运行前先拉取镜像，或固定摘要（digest）并有计划地更新。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ensure that the PIDs cgroup limit is used</source>
        <translation>确保使用了 PIDs cgroup 限制</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without a PIDs limit a fork bomb in one container exhausts the host&apos;s process table.</source>
        <translation>没有 PIDs 限制时，一个容器中的 fork 炸弹就能耗尽宿主机的进程表。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the container a PIDs limit.</source>
        <translation>为容器设置 PIDs 限制。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ensure that Docker&apos;s default bridge &apos;docker0&apos; is not used</source>
        <translation>确保不使用 Docker 的默认网桥 &apos;docker0&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the default bridge containers reach each other without restriction; user-defined networks isolate.</source>
        <translation>在默认网桥上，容器之间可以不受限制地互相访问；用户自定义网络则能相互隔离。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach containers to user-defined networks.</source>
        <translation>将容器连接到用户自定义网络。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ensure that the host&apos;s user namespaces are not shared</source>
        <translation>确保不共享宿主机的用户命名空间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sharing the host&apos;s user namespace undoes user namespace remapping: root in the container is root on the host.</source>
        <translation>共享宿主机的用户命名空间会使用户命名空间重映射失效：容器中的 root 就是宿主机上的 root。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not run with --userns host on a daemon with user namespace remapping.</source>
        <translation>在启用了用户命名空间重映射的守护进程上，不要使用 --userns host 运行。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ensure that the Docker socket is not mounted inside any containers</source>
        <translation>确保未在任何容器内挂载 Docker 套接字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A container with the daemon&apos;s socket can start a privileged container: it is root on the host.</source>
        <translation>持有守护进程套接字的容器可以启动特权容器：它就是宿主机上的 root。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not mount the Docker socket into containers, under any name.</source>
        <translation>不要以任何名称将 Docker 套接字挂载到容器中。</translation>
    </message>
    <message>
        <location filename="../core/audit/daemonchecks.cpp" line="-102"/>
        <source>Run the Docker daemon as a non-root user, if possible</source>
        <translation>如有可能，以非 root 用户运行 Docker 守护进程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A rootless daemon runs as an ordinary user: an escape from a container does not give root on the host.</source>
        <translation>无根守护进程以普通用户身份运行：从容器逃逸也得不到宿主机的 root 权限。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consider running the daemon in rootless mode (dockerd-rootless-setuptool.sh install).</source>
        <translation>考虑以无根（rootless）模式运行守护进程（dockerd-rootless-setuptool.sh install）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ensure network traffic is restricted between containers on the default bridge</source>
        <translation>确保默认网桥上容器之间的网络流量受到限制</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the default bridge every container can reach every other one, so one compromised container can attack its neighbours.</source>
        <translation>在默认网桥上，每个容器都能访问其他所有容器，一个被攻破的容器就能攻击相邻的容器。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the daemon with inter-container communication disabled and link containers explicitly through user-defined networks.</source>
        <translation>启动守护进程时禁用容器间通信，并通过用户自定义网络显式连接容器。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ensure the logging level is set to &apos;info&apos;</source>
        <translation>确保日志级别设置为 &apos;info&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;info&apos; records what an investigation needs; &apos;debug&apos; logs too much and lower levels too little.</source>
        <translation>&apos;info&apos; 级别记录了调查所需的信息；&apos;debug&apos; 记录过多，更低的级别又记录过少。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the daemon&apos;s log level to info (or remove the option: info is the default).</source>
        <translation>将守护进程的日志级别设为 info（或删除该选项：info 是默认值）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ensure Docker is allowed to make changes to iptables</source>
        <translation>确保允许 Docker 修改 iptables</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docker keeps its firewall rules in line with the containers&apos; networking only if it may manage iptables.</source>
        <translation>只有在允许 Docker 管理 iptables 时，它才能让防火墙规则与容器网络保持一致。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let the daemon manage iptables (remove --iptables=false).</source>
        <translation>让守护进程管理 iptables（删除 --iptables=false）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ensure insecure registries are not used</source>
        <translation>确保不使用不安全的镜像仓库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images from an insecure registry can be replaced in transit.</source>
        <translation>来自不安全镜像仓库的镜像可能在传输途中被替换。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove insecure registries; give each registry a TLS certificate.</source>
        <translation>删除不安全的镜像仓库；为每个镜像仓库配置 TLS 证书。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ensure aufs storage driver is not used</source>
        <translation>确保不使用 aufs 存储驱动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>aufs is deprecated, out of the mainline kernel and has known crashes.</source>
        <translation>aufs 已被弃用，不在主线内核中，且存在已知的崩溃问题。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use overlay2.</source>
        <translation>使用 overlay2。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ensure TLS authentication for Docker daemon is configured</source>
        <translation>确保已为 Docker 守护进程配置 TLS 认证</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A TCP listener without TLS client verification gives root on the host to anyone who can reach the port.</source>
        <translation>没有 TLS 客户端验证的 TCP 监听端口，会把宿主机的 root 权限交给任何能访问该端口的人。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listen on TCP only with TLS verification of client certificates, or not at all.</source>
        <translation>只在启用客户端证书 TLS 验证时监听 TCP，否则完全不要监听 TCP。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ensure the default ulimit is configured appropriately</source>
        <translation>确保合理配置默认 ulimit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default ulimits bound what each container may open or fork unless it asks otherwise.</source>
        <translation>默认 ulimit 限制了每个容器能打开的文件数和能创建的进程数，除非容器另行指定。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set default ulimits suited to your workloads.</source>
        <translation>设置适合你的工作负载的默认 ulimit。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enable user namespace support</source>
        <translation>启用用户命名空间支持</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With user namespace remapping, root in a container is an unprivileged user on the host.</source>
        <translation>启用用户命名空间重映射后，容器中的 root 在宿主机上是一个无特权用户。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/audit/dschecks.cpp" line="-21"/>
        <source>Start the daemon with user namespace remapping.</source>
        <translation>启动守护进程时启用用户命名空间重映射。</translation>
    </message>
    <message>
        <location line="-177"/>
        <location filename="../core/audit/dschecks.cpp" line="-47"/>
        <source>Rootless daemon: root in a container is the daemon owner&apos;s unprivileged uid on the host, so remapping adds nothing.</source>
        <translation>无根（rootless）模式守护进程：容器内的 root 是守护进程所有者在宿主机上的非特权 uid，因此用户命名空间重映射不会带来更多保护。</translation>
    </message>
    <message>
        <location line="+187"/>
        <source>Ensure the default cgroup usage has been confirmed</source>
        <translation>确保已确认默认的 cgroup 使用方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A non-default cgroup parent changes which limits apply to every container.</source>
        <translation>非默认的 cgroup 父组会改变所有容器所受的限制。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ensure base device size is not changed until needed</source>
        <translation>确保在需要之前不更改基础设备大小</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A larger base device lets every container fill more of the host&apos;s storage.</source>
        <translation>更大的基础设备会让每个容器占用更多的宿主机存储空间。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove dm.basesize unless it is needed.</source>
        <translation>除非确有需要，否则删除 dm.basesize。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ensure that authorization for Docker client commands is enabled</source>
        <translation>确保已为 Docker 客户端命令启用授权</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without an authorization plugin, every client that reaches the socket may do everything.</source>
        <translation>没有授权插件时，每个能访问套接字的客户端都可以执行任何操作。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install and enable an authorization plugin.</source>
        <translation>安装并启用授权插件。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ensure centralized and remote logging is configured</source>
        <translation>确保已配置集中式远程日志</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logs kept only on the host can be lost or altered along with it.</source>
        <translation>只保存在宿主机上的日志可能会随宿主机一起丢失或被篡改。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a logging driver that ships logs off the host (syslog, journald, gelf, fluentd …).</source>
        <translation>使用能把日志发送到宿主机之外的日志驱动（syslog、journald、gelf、fluentd 等）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ensure containers are restricted from acquiring new privileges</source>
        <translation>确保限制容器获取新的权限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no-new-privileges stops setuid binaries from raising privileges inside every container.</source>
        <translation>no-new-privileges 可以阻止所有容器内的 setuid 程序提升权限。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn on no-new-privileges for the whole daemon.</source>
        <translation>为整个守护进程启用禁止提权（no-new-privileges）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ensure live restore is enabled</source>
        <translation>确保已启用实时恢复（live restore）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With live restore, containers keep running while the daemon restarts or is upgraded.</source>
        <translation>启用实时恢复（live restore）后，守护进程重启或升级期间容器可以继续运行。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable live restore.</source>
        <translation>启用实时恢复（live restore）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ensure Userland Proxy is Disabled</source>
        <translation>确保已禁用用户态代理（userland proxy）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The userland proxy is a process per published port that widens the attack surface; hairpin NAT does the same job.</source>
        <translation>用户态代理会为每个发布的端口运行一个进程，扩大了攻击面；hairpin NAT 可以完成同样的工作。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable the userland proxy.</source>
        <translation>禁用用户态代理。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ensure that a daemon-wide custom seccomp profile is applied if appropriate</source>
        <translation>确保在合适时应用守护进程级别的自定义 seccomp 配置文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The default seccomp profile blocks about 44 dangerous system calls; a custom profile can block more.</source>
        <translation>默认的 seccomp 配置文件拦截约 44 个危险的系统调用；自定义配置文件可以拦截更多。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply a custom seccomp profile if your workloads allow it.</source>
        <translation>如果工作负载允许，应用自定义 seccomp 配置文件。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ensure that experimental features are not implemented in production</source>
        <translation>确保生产环境中不启用实验性功能</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Experimental features are not stable and not covered by security fixes in the same way.</source>
        <translation>实验性功能不稳定，也不以同样的方式获得安全修复。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn off experimental features.</source>
        <translation>关闭实验性功能。</translation>
    </message>
    <message>
        <location filename="../core/audit/dschecks.cpp" line="-26"/>
        <source>Holds dangerous capabilities: %1.</source>
        <translation>拥有危险能力：%1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No dangerous capability; it holds Docker&apos;s default, risky ones: %1.</source>
        <translation>没有危险能力；拥有 Docker 默认能力集中有风险的能力：%1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No dangerous capability.</source>
        <translation>没有危险能力。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Who can reach the Docker socket in use</source>
        <translation>可访问当前 Docker 套接字的用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whoever can connect to the daemon&apos;s socket can start a privileged container: every such user is root-equivalent.</source>
        <translation>能连接守护进程套接字的人就能启动特权容器：每个这样的用户都等同于 root。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the socket in use at root:docker 660 and keep the docker group empty of users who should not be root.</source>
        <translation>将当前使用的套接字保持为 root:docker 660，并且不要让不应拥有 root 权限的用户加入 docker 组。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Access to the daemon&apos;s data root</source>
        <translation>守护进程数据根目录的访问权限</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>User namespace remapping of container root</source>
        <translation>容器 root 的用户命名空间重映射</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rootless mode of the daemon</source>
        <translation>守护进程的无根（rootless）模式</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Host memory seen by the container, and its limit</source>
        <translation>容器可见的宿主机内存及其限制</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Namespaces shared with the host</source>
        <translation>与宿主机共享的命名空间</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Enforced namespaces against the container&apos;s configuration</source>
        <translation>实际生效的命名空间与容器配置的对比</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Dangerous capabilities in the container&apos;s bounding set</source>
        <translation>容器边界集中的危险能力</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>The data root holds every container&apos;s file system, volumes and secrets.</source>
        <translation>数据根目录保存着每个容器的文件系统、卷和机密数据。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the data root at root:root drwx--x---.</source>
        <translation>将数据根目录保持为 root:root drwx--x---。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Without user namespace remapping, uid 0 in a container is uid 0 on the host.</source>
        <translation>没有用户命名空间重映射时，容器中的 uid 0 就是宿主机上的 uid 0。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A rootless daemon and its containers run as an ordinary user: an escape does not give root.</source>
        <translation>无根守护进程及其容器以普通用户身份运行：逃逸也得不到 root 权限。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consider rootless mode; user namespace remapping is the next best thing.</source>
        <translation>考虑使用无根（rootless）模式；其次是用户命名空间重映射。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>/proc/meminfo is not namespaced: the container sees the host&apos;s memory, and without a limit it may take all of it.</source>
        <translation>/proc/meminfo 没有命名空间隔离：容器看到的是宿主机的内存，没有限制时它可能会占满全部内存。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Each namespace shared with the host removes one layer of isolation.</source>
        <translation>每与宿主机共享一个命名空间，就少了一层隔离。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run without --pid/--network/--ipc/--uts/--userns host.</source>
        <translation>不使用 --pid/--network/--ipc/--uts/--userns host 运行。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>When the kernel&apos;s namespaces differ from what inspect says, the configuration cannot be trusted to describe the container.</source>
        <translation>当内核中的命名空间与 inspect 的结果不一致时，就不能再相信配置能准确描述该容器。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recreate the container and find out what changed its namespaces (a runtime, a hook, nsenter).</source>
        <translation>重新创建容器，并查明是什么改变了它的命名空间（运行时、钩子、nsenter）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>SYS_ADMIN, SYS_PTRACE, SYS_MODULE, NET_ADMIN, DAC_READ_SEARCH and similar capabilities are known container escapes, even when only in the bounding set.</source>
        <translation>SYS_ADMIN、SYS_PTRACE、SYS_MODULE、NET_ADMIN、DAC_READ_SEARCH 等能力是已知的容器逃逸途径，即使它们只出现在边界集中。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop the dangerous capabilities.</source>
        <translation>移除危险能力。</translation>
    </message>
    <message>
        <location filename="../core/audit/filechecks.cpp" line="+181"/>
        <source>Whoever owns this file can change how the daemon runs, which is root on the host.</source>
        <translation>谁拥有此文件，谁就能改变守护进程的运行方式，也就等于拥有宿主机的 root 权限。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whoever can write this file can change how the daemon runs, which is root on the host.</source>
        <translation>谁能写入此文件，谁就能改变守护进程的运行方式，也就等于拥有宿主机的 root 权限。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the file to root:root.</source>
        <translation>将文件属主改为 root:root。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the write permissions of group and others.</source>
        <translation>移除属组和其他用户的写权限。</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Ensure that the docker.service file ownership is set to root:root</source>
        <translation>确保 docker.service 文件的属主为 root:root</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ensure that docker.service file permissions are appropriately set</source>
        <translation>确保 docker.service 文件权限设置得当</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ensure that docker.socket file ownership is set to root:root</source>
        <translation>确保 docker.socket 文件的属主为 root:root</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ensure that docker.socket file permissions are set to 644 or more restrictive</source>
        <translation>确保 docker.socket 文件权限为 644 或更严格</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ensure that the /etc/docker directory ownership is set to root:root</source>
        <translation>确保 /etc/docker 目录的属主为 root:root</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ensure that /etc/docker directory permissions are set to 755 or more restrictively</source>
        <translation>确保 /etc/docker 目录权限为 755 或更严格</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ensure that registry certificate file ownership is set to root:root</source>
        <translation>确保镜像仓库证书文件的属主为 root:root</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ensure that registry certificate file permissions are set to 444 or more restrictively</source>
        <translation>确保镜像仓库证书文件权限为 444 或更严格</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make the certificate files read-only (444).</source>
        <translation>将证书文件设为只读（444）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ensure that TLS CA certificate file ownership is set to root:root</source>
        <translation>确保 TLS CA 证书文件的属主为 root:root</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ensure that TLS CA certificate file permissions are set to 444 or more restrictively</source>
        <translation>确保 TLS CA 证书文件权限为 444 或更严格</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make the CA certificate read-only (444).</source>
        <translation>将 CA 证书设为只读（444）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ensure that Docker server certificate file ownership is set to root:root</source>
        <translation>确保 Docker 服务端证书文件的属主为 root:root</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ensure that the Docker server certificate file permissions are set to 444 or more restrictively</source>
        <translation>确保 Docker 服务端证书文件权限为 444 或更严格</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make the server certificate read-only (444).</source>
        <translation>将服务端证书设为只读（444）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ensure that the Docker server certificate key file ownership is set to root:root</source>
        <translation>确保 Docker 服务端证书私钥文件的属主为 root:root</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whoever owns the server key can impersonate the daemon.</source>
        <translation>拥有服务端私钥的人可以冒充守护进程。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ensure that the Docker server certificate key file permissions are set to 400</source>
        <translation>确保 Docker 服务端证书私钥文件权限为 400</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whoever can read the server key can impersonate the daemon.</source>
        <translation>能读取服务端私钥的人可以冒充守护进程。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the key readable by root only (400).</source>
        <translation>将私钥设为仅 root 可读（400）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ensure that the Docker socket file ownership is set to root:docker</source>
        <translation>确保 Docker 套接字文件的属主为 root:docker</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>Whoever can connect to the socket in use commands the daemon, which is root on the host.</source>
        <translation>能连接当前使用的套接字的人就能控制守护进程，也就等于拥有宿主机的 root 权限。</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Give the socket in use to root and the docker group (or root&apos;s group).</source>
        <translation>将当前使用的套接字的属主设为 root、属组设为 docker 组（或 root 的组）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ensure that the Docker socket file permissions are set to 660 or more restrictively</source>
        <translation>确保 Docker 套接字文件权限为 660 或更严格</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove all permissions of others on the socket in use (660).</source>
        <translation>移除其他用户对当前使用的套接字的所有权限（660）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ensure that the daemon.json file ownership is set to root:root</source>
        <translation>确保 daemon.json 文件的属主为 root:root</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ensure that daemon.json file permissions are set to 644 or more restrictive</source>
        <translation>确保 daemon.json 文件权限为 644 或更严格</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ensure that the /etc/default/docker file ownership is set to root:root</source>
        <translation>确保 /etc/default/docker 文件的属主为 root:root</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ensure that the /etc/default/docker file permissions are set to 644 or more restrictively</source>
        <translation>确保 /etc/default/docker 文件权限为 644 或更严格</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ensure that the /etc/sysconfig/docker file permissions are set to 644 or more restrictively</source>
        <translation>确保 /etc/sysconfig/docker 文件权限为 644 或更严格</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ensure that the /etc/sysconfig/docker file ownership is set to root:root</source>
        <translation>确保 /etc/sysconfig/docker 文件的属主为 root:root</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ensure that the Containerd socket file ownership is set to root:root</source>
        <translation>确保 containerd 套接字文件的属主为 root:root</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Whoever can connect to containerd&apos;s socket can run containers around the Docker daemon.</source>
        <translation>能连接 containerd 套接字的人可以绕过 Docker 守护进程直接运行容器。</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Ensure that the Containerd socket file permissions are set to 660 or more restrictively</source>
        <translation>确保 containerd 套接字文件权限为 660 或更严格</translation>
    </message>
    <message>
        <location filename="../core/audit/hostchecks.cpp" line="+149"/>
        <source>Auditing records who changed or used Docker&apos;s files and binaries, which matters after an incident.</source>
        <translation>审计会记录谁修改或使用了 Docker 的文件和程序，这在安全事件发生后非常重要。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a file watch rule for this path to the audit rules and reload them.</source>
        <translation>在审计规则中为此路径添加文件监视规则，然后重新加载规则。</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Ensure a separate partition for containers has been created</source>
        <translation>确保已为容器创建单独的分区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Containers and images can fill the file system that holds the daemon&apos;s data root; on the root partition that stops the host.</source>
        <translation>容器和镜像可能占满存放守护进程数据根目录的文件系统；如果它在根分区上，宿主机将无法正常运行。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the daemon&apos;s data root on its own partition or logical volume.</source>
        <translation>将守护进程的数据根目录放在单独的分区或逻辑卷上。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ensure only trusted users are allowed to control Docker daemon</source>
        <translation>确保只有受信任的用户才能控制 Docker 守护进程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every member of the socket&apos;s group can start a privileged container and so is root on the host.</source>
        <translation>套接字属组中的每个成员都能启动特权容器，因此都等同于宿主机上的 root。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove every user who should not be root from the socket&apos;s group.</source>
        <translation>将所有不应拥有 root 权限的用户从套接字的属组中移除。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ensure auditing is configured for the Docker daemon</source>
        <translation>确保已为 Docker 守护进程配置审计</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ensure auditing is configured for Docker files and directories - /run/containerd</source>
        <translation>确保已为 Docker 文件和目录配置审计 - /run/containerd</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ensure auditing is configured for Docker files and directories - /var/lib/docker</source>
        <translation>确保已为 Docker 文件和目录配置审计 - /var/lib/docker</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ensure auditing is configured for Docker files and directories - /etc/docker</source>
        <translation>确保已为 Docker 文件和目录配置审计 - /etc/docker</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ensure auditing is configured for Docker files and directories - docker.service</source>
        <translation>确保已为 Docker 文件和目录配置审计 - docker.service</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ensure auditing is configured for Docker files and directories - containerd.sock</source>
        <translation>确保已为 Docker 文件和目录配置审计 - containerd.sock</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ensure auditing is configured for Docker files and directories - docker.socket</source>
        <translation>确保已为 Docker 文件和目录配置审计 - docker.socket</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ensure auditing is configured for Docker files and directories - /etc/default/docker</source>
        <translation>确保已为 Docker 文件和目录配置审计 - /etc/default/docker</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ensure auditing is configured for Docker files and directories - /etc/docker/daemon.json</source>
        <translation>确保已为 Docker 文件和目录配置审计 - /etc/docker/daemon.json</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ensure auditing is configured for Docker files and directories - /etc/containerd/config.toml</source>
        <translation>确保已为 Docker 文件和目录配置审计 - /etc/containerd/config.toml</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ensure auditing is configured for Docker files and directories - /etc/sysconfig/docker</source>
        <translation>确保已为 Docker 文件和目录配置审计 - /etc/sysconfig/docker</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ensure auditing is configured for Docker files and directories - /usr/bin/containerd</source>
        <translation>确保已为 Docker 文件和目录配置审计 - /usr/bin/containerd</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ensure auditing is configured for Docker files and directories - /usr/bin/containerd-shim</source>
        <translation>确保已为 Docker 文件和目录配置审计 - /usr/bin/containerd-shim</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ensure auditing is configured for Docker files and directories - /usr/bin/containerd-shim-runc-v1</source>
        <translation>确保已为 Docker 文件和目录配置审计 - /usr/bin/containerd-shim-runc-v1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ensure auditing is configured for Docker files and directories - /usr/bin/containerd-shim-runc-v2</source>
        <translation>确保已为 Docker 文件和目录配置审计 - /usr/bin/containerd-shim-runc-v2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ensure auditing is configured for Docker files and directories - /usr/bin/runc</source>
        <translation>确保已为 Docker 文件和目录配置审计 - /usr/bin/runc</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ensure the container host has been Hardened</source>
        <translation>确保容器宿主机已经过加固</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Containers share the host&apos;s kernel: a weak host weakens every container.</source>
        <translation>容器共享宿主机的内核：宿主机薄弱，所有容器都会随之薄弱。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review the host against a hardening guide for its distribution (CIS distribution benchmark, grsecurity, SELinux or AppArmor).</source>
        <translation>参照所用发行版的加固指南（CIS 发行版基准、grsecurity、SELinux 或 AppArmor）检查宿主机。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ensure that the version of Docker is up to date</source>
        <translation>确保 Docker 版本是最新的</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old releases carry known vulnerabilities; a release feed is needed to tell which version is current.</source>
        <translation>旧版本存在已知漏洞；需要版本发布信息源才能判断哪个版本是最新的。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the version with your distribution&apos;s or Docker&apos;s current release and update.</source>
        <translation>将当前版本与发行版或 Docker 的最新版本比较，并进行更新。</translation>
    </message>
    <message>
        <location filename="../core/audit/imagechecks.cpp" line="+130"/>
        <source>Ensure that a user for the container has been created</source>
        <translation>确保已为容器创建用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A process running as root in the container is one kernel bug away from root on the host.</source>
        <translation>在容器中以 root 身份运行的进程，离获得宿主机 root 权限只差一个内核漏洞。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a user in the image (USER in the Dockerfile) or run with --user.</source>
        <translation>在镜像中创建用户（在 Dockerfile 中使用 USER），或使用 --user 运行。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ensure that containers use only trusted base images</source>
        <translation>确保容器只使用受信任的基础镜像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A base image from an unknown source may contain anything.</source>
        <translation>来源不明的基础镜像可能包含任何内容。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use base images from trusted, verified publishers; review their Dockerfiles.</source>
        <translation>使用来自受信任、经过验证的发布者的基础镜像；审查它们的 Dockerfile。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ensure that unnecessary packages are not installed in the container</source>
        <translation>确保容器中未安装不必要的软件包</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every package is more code that can be vulnerable.</source>
        <translation>每多一个软件包，就多一份可能存在漏洞的代码。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install only what the service needs; prefer minimal base images.</source>
        <translation>只安装服务需要的软件；优先使用精简的基础镜像。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ensure images are scanned and rebuilt to include security patches</source>
        <translation>确保对镜像进行扫描并重新构建以包含安全补丁</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpatched images keep known vulnerabilities.</source>
        <translation>未打补丁的镜像会保留已知漏洞。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan images with a vulnerability scanner and rebuild them regularly.</source>
        <translation>使用漏洞扫描器扫描镜像，并定期重新构建。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ensure Content trust for Docker is Enabled</source>
        <translation>确保已启用 Docker 内容信任（Content Trust）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With content trust the client pulls only signed images.</source>
        <translation>启用内容信任后，客户端只拉取已签名的镜像。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set DOCKER_CONTENT_TRUST=1 in the environment of docker clients.</source>
        <translation>在 docker 客户端的环境中设置 DOCKER_CONTENT_TRUST=1。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ensure that HEALTHCHECK instructions have been added to container images</source>
        <translation>确保已在容器镜像中添加 HEALTHCHECK 指令</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A health check lets the daemon notice a broken or hijacked service.</source>
        <translation>健康检查让守护进程能够发现出故障或被劫持的服务。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a HEALTHCHECK instruction to the Dockerfile.</source>
        <translation>在 Dockerfile 中添加 HEALTHCHECK 指令。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ensure update instructions are not used alone in the Dockerfile</source>
        <translation>确保 Dockerfile 中不单独使用 update 指令</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A cached &apos;update&apos; layer alone leaves later builds with stale package lists.</source>
        <translation>单独缓存的 &apos;update&apos; 层会让后续构建使用过时的软件包列表。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Combine update and install in one RUN instruction.</source>
        <translation>在同一条 RUN 指令中同时执行 update 和 install。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ensure setuid and setgid permissions are removed</source>
        <translation>确保已移除 setuid 和 setgid 权限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>setuid and setgid binaries are the usual way to raise privileges inside a container.</source>
        <translation>setuid 和 setgid 程序是在容器内提升权限的常见途径。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove setuid/setgid bits in the Dockerfile.</source>
        <translation>在 Dockerfile 中移除 setuid/setgid 位。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ensure that COPY is used instead of ADD in Dockerfiles</source>
        <translation>确保在 Dockerfile 中使用 COPY 而不是 ADD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ADD fetches URLs and unpacks archives, which can bring in unexpected content.</source>
        <translation>ADD 会下载 URL 并解压归档文件，可能引入意料之外的内容。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use COPY unless ADD&apos;s extra behaviour is needed.</source>
        <translation>除非需要 ADD 的额外行为，否则使用 COPY。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ensure secrets are not stored in Dockerfiles</source>
        <translation>确保 Dockerfile 中不存储机密信息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secrets in an image are readable by everyone who can pull it.</source>
        <translation>镜像中的机密信息可以被所有能拉取该镜像的人读取。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass secrets at run time (secrets, mounted files), never in the image.</source>
        <translation>在运行时传入机密信息（secrets、挂载的文件），绝不要放进镜像。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ensure only verified packages are installed</source>
        <translation>确保只安装经过验证的软件包</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packages without signature verification may be tampered with.</source>
        <translation>未经签名验证的软件包可能已被篡改。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify package signatures in the Dockerfile.</source>
        <translation>在 Dockerfile 中验证软件包签名。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ensure all signed artifacts are validated</source>
        <translation>确保所有已签名的制品都经过验证</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unvalidated artifacts may be tampered with.</source>
        <translation>未经验证的制品可能已被篡改。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validate signatures of artifacts before use.</source>
        <translation>使用制品前先验证其签名。</translation>
    </message>
    <message>
        <location filename="../core/audit/operationschecks.cpp" line="+163"/>
        <source>Ensure that image sprawl is avoided</source>
        <translation>确保避免镜像泛滥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unused images take space and keep old, vulnerable software around.</source>
        <translation>未使用的镜像占用空间，并让陈旧、有漏洞的软件继续留存。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove images no container uses.</source>
        <translation>删除没有任何容器使用的镜像。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ensure that container sprawl is avoided</source>
        <translation>确保避免容器泛滥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped containers keep their file systems, logs and secrets on the host.</source>
        <translation>已停止的容器会把它们的文件系统、日志和机密信息留在宿主机上。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove containers that are no longer needed.</source>
        <translation>删除不再需要的容器。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ensure that the minimum number of manager nodes have been created in a swarm</source>
        <translation>确保 Swarm 中只创建了最少数量的管理节点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More managers than needed widen the attack surface; an even number does not add fault tolerance.</source>
        <translation>管理节点过多会扩大攻击面；偶数个管理节点并不能提高容错能力。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the number of managers small and odd.</source>
        <translation>保持管理节点数量少且为奇数。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ensure that swarm services are bound to a specific host interface</source>
        <translation>确保 Swarm 服务绑定到特定的宿主机网络接口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swarm&apos;s management port on every interface is reachable from networks that have no business there.</source>
        <translation>Swarm 管理端口若监听所有网络接口，就能从本不该访问它的网络访问到。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initialise or join the swarm with an explicit --listen-addr.</source>
        <translation>使用显式的 --listen-addr 初始化或加入 Swarm。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ensure that all Docker swarm overlay networks are encrypted</source>
        <translation>确保所有 Docker Swarm overlay 网络均已加密</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unencrypted overlay traffic between nodes can be read and changed on the wire.</source>
        <translation>节点之间未加密的 overlay 流量可能在传输中被读取和篡改。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create overlay networks with encryption.</source>
        <translation>创建启用加密的 overlay 网络。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ensure that Docker&apos;s secret management commands are used for managing secrets in a swarm cluster</source>
        <translation>确保在 Swarm 集群中使用 Docker 的 secret 管理命令来管理机密信息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swarm secrets are encrypted at rest and given only to the services that need them.</source>
        <translation>Swarm secret 在静态存储时是加密的，并且只提供给需要它们的服务。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep service secrets in docker secret, not in images or environment variables.</source>
        <translation>将服务的机密信息保存在 docker secret 中，不要放在镜像或环境变量里。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ensure that swarm manager is run in auto-lock mode</source>
        <translation>确保 Swarm 管理节点以自动锁定（auto-lock）模式运行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without auto-lock the keys that decrypt the swarm&apos;s Raft log lie on disk unprotected.</source>
        <translation>没有自动锁定时，用于解密 Swarm Raft 日志的密钥以未受保护的形式存放在磁盘上。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn on auto-lock.</source>
        <translation>启用自动锁定。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ensure that the swarm manager auto-lock key is rotated periodically</source>
        <translation>确保定期轮换 Swarm 管理节点的自动锁定密钥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A key that never changes stays useful to whoever once copied it.</source>
        <translation>从不更换的密钥，对任何曾经复制过它的人来说始终有效。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rotate the unlock key periodically.</source>
        <translation>定期轮换解锁密钥。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ensure that node certificates are rotated as appropriate</source>
        <translation>确保按需轮换节点证书</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long-lived node certificates stay useful to whoever once copied them.</source>
        <translation>长期有效的节点证书，对任何曾经复制过它的人来说始终有效。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set a node certificate expiry that fits your policy.</source>
        <translation>设置符合你的策略的节点证书有效期。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ensure that CA certificates are rotated as appropriate</source>
        <translation>确保按需轮换 CA 证书</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A CA that never changes stays useful to whoever once copied its key.</source>
        <translation>从不更换的 CA，对任何曾经复制过其私钥的人来说始终有效。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rotate the swarm CA periodically.</source>
        <translation>定期轮换 Swarm CA。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ensure that management plane traffic is separated from data plane traffic</source>
        <translation>确保管理平面流量与数据平面流量相互隔离</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Management traffic on the data network can be disturbed or observed by workloads.</source>
        <translation>数据网络上的管理流量可能被工作负载干扰或窥探。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a separate --data-path-addr.</source>
        <translation>使用单独的 --data-path-addr。</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/auditcommand.cpp" line="+25"/>
        <source>Check the daemon, the host and the containers against the CIS Docker Benchmark and Dockscope&apos;s own checks. Every result shows its evidence, its source and a remedy.</source>
        <translation>对照 CIS Docker 基准和 Dockscope 自有的检查项，检查守护进程、宿主机和容器。每个结果都附有证据、来源和修复建议。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/inspectcommand.cpp" line="+29"/>
        <location filename="../app/listcommand.cpp" line="+61"/>
        <location filename="../app/reportcommand.cpp" line="+77"/>
        <source>The command.</source>
        <translation>命令。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/inspectcommand.cpp" line="+2"/>
        <source>Output format: text or json.</source>
        <translation>输出格式：text 或 json。</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/inspectcommand.cpp" line="+0"/>
        <location filename="../app/listcommand.cpp" line="+2"/>
        <location filename="../app/reportcommand.cpp" line="+5"/>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit only this container (repeat the option or separate names with commas; default: all).</source>
        <translation>只审计此容器（可重复该选项，或用逗号分隔多个名称；默认：全部）。</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="+26"/>
        <location line="+125"/>
        <location filename="../app/listcommand.cpp" line="+25"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exit with 1 when a result is at least this bad: warn, fail or never (default: fail).</source>
        <translation>当某个结果至少达到此严重程度时以 1 退出：warn、fail 或 never（默认：fail）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <location filename="../app/auditcommand.cpp" line="+9"/>
        <location filename="../app/inspectcommand.cpp" line="+8"/>
        <location filename="../app/listcommand.cpp" line="-19"/>
        <location filename="../app/reportcommand.cpp" line="+17"/>
        <source>Unexpected argument: %1</source>
        <translation>多余的参数：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/inspectcommand.cpp" line="+3"/>
        <source>Unknown format &quot;%1&quot; (use text or json).</source>
        <translation>未知格式“%1”（请使用 text 或 json）。</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="+8"/>
        <source>Unknown --fail-on value &quot;%1&quot; (use warn, fail or never).</source>
        <translation>未知的 --fail-on 值“%1”（请使用 warn、fail 或 never）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../app/inspectcommand.cpp" line="+10"/>
        <source>No such container: %1</source>
        <translation>没有这个容器：%1</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="+38"/>
        <source>built-in highlighter</source>
        <translation>内置高亮器</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Dockscope shows how Docker isolates, limits and empowers each container, and how well the Docker daemon itself is protected. Without a command it starts the graphical application.</source>
        <translation>Dockscope 逐个容器展示 Docker 如何隔离、限制每个容器以及授予它哪些权限，并展示 Docker 守护进程本身受到了多好的保护。不带命令运行时启动图形界面。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Commands:
  list      List containers with security hints
  inspect   Show one container&apos;s namespaces, capabilities, cgroup limits, memory view and mounts
  audit     Check the daemon and the containers against the CIS Docker Benchmark and Dockscope&apos;s own checks
  report    Write the audit and the containers&apos; facts as PDF, HTML or JSON</source>
        <translation>命令：
  list      列出容器及其安全提示
  inspect   显示单个容器的命名空间、能力、cgroup 限制、内存视图和挂载
  audit     对照 CIS Docker 基准和 Dockscope 自有的检查项检查守护进程和容器
  report    将审计结果和容器信息写成 PDF、HTML 或 JSON</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Run &apos;dockscope COMMAND --help&apos; for the options of a command.</source>
        <translation>运行“dockscope COMMAND --help”查看某个命令的选项。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exit codes: 0 success, 1 a result reached --fail-on, 2 usage error or no such container, 3 the daemon is unreachable or permission was denied, 4 other failures.</source>
        <translation>退出码：0 成功，1 有结果达到 --fail-on 指定的级别，2 用法错误或没有该容器，3 无法连接守护进程或权限被拒绝，4 其他错误。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/commandline.cpp" line="-81"/>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the versions of Dockscope, Qt, its libraries and the Docker API.</source>
        <translation>显示 Dockscope、Qt、所用库以及 Docker API 的版本。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>list, inspect, audit or report.</source>
        <translation>list、inspect、audit 或 report。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[command] [options]</source>
        <translation>[命令] [选项]</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Unknown command &quot;%1&quot; (use list, inspect, audit or report).</source>
        <translation>未知命令“%1”（请使用 list、inspect、audit 或 report）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dockscope %1</source>
        <translation>Dockscope %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qt %1 (built with %2)</source>
        <extracomment>%1 runtime Qt version, %2 the version it was built with</extracomment>
        <translation>Qt %1（构建时版本 %2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP parser: %1</source>
        <translation>HTTP 解析器：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syntax highlighting: %1</source>
        <translation>语法高亮：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docker Engine API: up to %1 (at least %2)</source>
        <translation>Docker Engine API：最高 %1（最低 %2）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Docker daemon: no endpoint (%1)</source>
        <translation>Docker 守护进程：没有端点（%1）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Docker daemon: %1 at %2, API %3 negotiated</source>
        <extracomment>%1 daemon version, %2 endpoint URL, %3 negotiated API version</extracomment>
        <translation>Docker 守护进程：%1，位于 %2，协商的 API 版本为 %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Docker daemon: not reachable at %1</source>
        <extracomment>%1 endpoint URL</extracomment>
        <translation>Docker 守护进程：无法连接 %1</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="-76"/>
        <source>Docker daemon to connect to (unix:///path, tcp://host:port, ssh://user@host).</source>
        <translation>要连接的 Docker 守护进程（unix:///path、tcp://host:port、ssh://user@host）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Docker context to use (see `docker context ls`).</source>
        <translation>要使用的 Docker 上下文（参见 `docker context ls`）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use TLS with a tcp:// daemon without verifying its certificate (anyone on the network path could pose as the daemon); implied by --tlsverify. Also: DOCKER_TLS.</source>
        <translation>对 tcp:// 守护进程使用 TLS，但不验证其证书（网络路径上的任何人都可能冒充守护进程）；--tlsverify 隐含此选项。也可用：DOCKER_TLS。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use TLS and verify the daemon&apos;s certificate against --tlscacert, else ca.pem in DOCKER_CERT_PATH, else the system&apos;s CAs. An https:// address is always verified. Also: DOCKER_TLS_VERIFY.</source>
        <translation>使用 TLS 并验证守护进程的证书：依次使用 --tlscacert、DOCKER_CERT_PATH 中的 ca.pem、系统的 CA。https:// 地址总是会被验证。也可用：DOCKER_TLS_VERIFY。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trust only daemon certificates signed by this CA (default: ca.pem in DOCKER_CERT_PATH or ~/.docker).</source>
        <translation>只信任由此 CA 签发的守护进程证书（默认：DOCKER_CERT_PATH 或 ~/.docker 中的 ca.pem）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Client certificate, optionally followed by its intermediate CAs (default: cert.pem in DOCKER_CERT_PATH or ~/.docker).</source>
        <translation>客户端证书，其后可附带中间 CA 证书（默认：DOCKER_CERT_PATH 或 ~/.docker 中的 cert.pem）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Client certificate&apos;s key (default: key.pem in DOCKER_CERT_PATH or ~/.docker).</source>
        <translation>客户端证书的私钥（默认：DOCKER_CERT_PATH 或 ~/.docker 中的 key.pem）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Also read the host facts your user may not (other users&apos; namespaces, a container&apos;s /proc/meminfo) through the read-only helper dockscope-hostfacts, which polkit authorises: pkexec asks for a password once, on this terminal or the desktop&apos;s agent. Only for a daemon on this machine; without authorisation, what your user can read is shown.</source>
        <translation>通过经 polkit 授权的只读辅助程序 dockscope-hostfacts，额外读取当前用户无权读取的宿主机信息（其他用户的命名空间、容器自身的 /proc/meminfo）：pkexec 只询问一次密码，在本终端或桌面的认证代理中。仅适用于本机上的守护进程；未获授权时，显示当前用户能读取的内容。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language of the output: zh_CN or en (default: from LC_ALL, LC_MESSAGES or LANG).</source>
        <translation>输出语言：zh_CN 或 en（默认：取自 LC_ALL、LC_MESSAGES 或 LANG）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <location line="+26"/>
        <location filename="../app/gui.cpp" line="+46"/>
        <location filename="../app/main.cpp" line="+56"/>
        <source>Run &apos;dockscope --help&apos; for usage.</source>
        <translation>运行“dockscope --help”查看用法。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run &apos;dockscope %1 --help&apos; for usage.</source>
        <translation>运行“dockscope %1 --help”查看用法。</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../app/main.cpp" line="-1"/>
        <source>Unknown language &quot;%1&quot; (use zh_CN or en).</source>
        <translation>未知语言“%1”（请使用 zh_CN 或 en）。</translation>
    </message>
    <message>
        <location filename="../app/gui.cpp" line="+21"/>
        <source>Dockscope</source>
        <translation>Dockscope</translation>
    </message>
    <message>
        <location filename="../app/inspectcommand.cpp" line="-26"/>
        <source>Show what Docker was asked for one container and what the kernel enforces: namespaces, capabilities, cgroup limits, the memory the container sees, mounts and user.</source>
        <translation>显示某个容器向 Docker 声明了什么、内核实际执行了什么：命名空间、能力、cgroup 限制、容器看到的内存、挂载和用户。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name or id of the container.</source>
        <translation>容器的名称或 ID。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NAME|ID</source>
        <translation>NAME|ID</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name the container to inspect.</source>
        <translation>请指定要检查的容器。</translation>
    </message>
    <message>
        <location filename="../app/inspecttext.cpp" line="+25"/>
        <source>needs root or the process owner</source>
        <translation>需要 root 权限或进程属主身份</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the container&apos;s processes run on another kernel (a VM or a remote host)</source>
        <translation>容器的进程运行在另一个内核上（虚拟机或远程主机）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no access to the daemon&apos;s host</source>
        <translation>无法访问守护进程所在的宿主机</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the container is not running</source>
        <translation>容器未在运行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this kernel does not have it</source>
        <translation>此内核不支持</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>permission denied</source>
        <translation>权限被拒绝</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unavailable: %1</source>
        <translation>不可用：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unavailable: %1 (%2)</source>
        <extracomment>%1 reason, %2 technical detail (a path, an errno text)</extracomment>
        <translation>不可用：%1（%2）</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+5"/>
        <location line="+218"/>
        <location line="+11"/>
        <location line="+1"/>
        <source>no limit</source>
        <translation>未限制</translation>
    </message>
    <message>
        <location line="-217"/>
        <location filename="../app/listcommand.cpp" line="+55"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/listcommand.cpp" line="+0"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+157"/>
        <location line="+2"/>
        <location line="+71"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="-223"/>
        <source>PID 1</source>
        <translation>PID 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the Docker daemon (pid %1)</source>
        <translation>Docker 守护进程（pid %1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this program (pid %1), because PID 1 cannot be read</source>
        <translation>本程序（pid %1），因为无法读取 PID 1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cgroup v1</source>
        <translation>cgroup v1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cgroup v2</source>
        <translation>cgroup v2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cgroup v1 (hybrid, with a unified hierarchy mounted too)</source>
        <translation>cgroup v1（混合模式，同时挂载了 unified 层级）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown cgroup version</source>
        <translation>未知的 cgroup 版本</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the host&apos;s root directory</source>
        <translation>宿主机的根目录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the host&apos;s /boot</source>
        <translation>宿主机的 /boot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the host&apos;s /dev</source>
        <translation>宿主机的 /dev</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the host&apos;s /etc</source>
        <translation>宿主机的 /etc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the host&apos;s /lib</source>
        <translation>宿主机的 /lib</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the host&apos;s /proc</source>
        <translation>宿主机的 /proc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the host&apos;s /sys</source>
        <translation>宿主机的 /sys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the host&apos;s /usr</source>
        <translation>宿主机的 /usr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docker&apos;s data root</source>
        <translation>Docker 的数据根目录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Docker socket</source>
        <translation>Docker 套接字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the containerd socket</source>
        <translation>containerd 套接字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a sensitive host path</source>
        <translation>宿主机敏感路径</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Container %1 (%2)</source>
        <translation>容器 %1（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>verified: its cgroup names this container</source>
        <translation>已验证：其 cgroup 指向此容器</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>NOT this container&apos;s process on this host</source>
        <translation>并非此宿主机上该容器的进程</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>not enforced</source>
        <translation>内核未执行</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Daemon</source>
        <translation>守护进程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rootless: root in the container is the daemon owner&apos;s unprivileged user on the host; capabilities below are those of root inside the rootless user namespace, not of host root</source>
        <translation>无根（rootless）模式：容器内的 root 是守护进程所有者在宿主机上的非特权用户；下面的能力是 rootless 用户命名空间内 root 的能力，而不是宿主机 root 的能力</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host files</source>
        <translation>宿主机文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what your user may not read came through the host-facts helper (polkit-authorised, read-only)</source>
        <translation>当前用户无权读取的内容经由宿主机信息辅助程序读取（经 polkit 授权，只读）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>verified: its parent is this container&apos;s shim (pid %1); it has no cgroup of its own</source>
        <translation>已验证：其父进程是本容器的 shim（pid %1）；它没有属于自己的控制组（cgroup）</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/listcommand.cpp" line="-35"/>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>declared &quot;%1&quot;, host uid %2, uid in the container %3</source>
        <translation>声明为“%1”，宿主机 uid %2，容器内 uid %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(image default)</source>
        <translation>（镜像默认）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read-only root file system</source>
        <translation>只读根文件系统</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privileged</source>
        <translation>特权</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Namespaces (host reference: %1)</source>
        <translation>命名空间（宿主机参照：%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TYPE</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ENFORCED</source>
        <translation>内核实际值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DECLARED</source>
        <translation>声明值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>INODE</source>
        <translation>INODE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HOST INODE</source>
        <translation>宿主机 INODE</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+72"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>SHARED with the host</source>
        <translation>与宿主机共享</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>isolated</source>
        <translation>已隔离</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(default)</source>
        <translation>（默认）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>! Declared and enforced disagree for: %1</source>
        <translation>! 以下命名空间的声明值与内核实际值不一致：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>uid_map</source>
        <translation>uid_map</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Container root is host uid</source>
        <translation>容器 root 对应的宿主机 uid</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Capabilities</source>
        <translation>能力</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Effective</source>
        <translation>有效集</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permitted</source>
        <translation>许可集</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bounding</source>
        <translation>边界集</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inheritable</source>
        <translation>可继承集</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ambient</source>
        <translation>环境集</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note: the effective set is empty because the process does not run as root; the bounding set still holds what a setuid program could regain.</source>
        <translation>注意：由于进程不以 root 身份运行，有效集为空；边界集中仍保留着 setuid 程序可以重新获得的能力。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sets</source>
        <translation>能力集</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added to Docker&apos;s default</source>
        <translation>在 Docker 默认能力集基础上添加</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dropped from Docker&apos;s default</source>
        <translation>从 Docker 默认能力集中移除</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+47"/>
        <source>Declared</source>
        <translation>声明值</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>--cap-add %1, --cap-drop %2</source>
        <translation>--cap-add %1，--cap-drop %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NoNewPrivs</source>
        <translation>NoNewPrivs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seccomp</source>
        <translation>Seccomp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>strict</source>
        <translation>strict</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>filter (%1)</source>
        <translation>filter（%1 个过滤器）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LSM label</source>
        <translation>LSM 标签</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Control group (%1, driver %2)</source>
        <translation>控制组（%1，驱动 %2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memory limit</source>
        <translation>内存限制</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory usage</source>
        <translation>内存用量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory peak</source>
        <translation>峰值用量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Times the limit was hit</source>
        <translation>超限次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OOM kills</source>
        <translation>OOM 终止次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swap limit</source>
        <translation>交换空间限制</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIDs in use</source>
        <translation>已用 PID 数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIDs limit</source>
        <translation>PID 数限制</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU quota</source>
        <translation>CPU 配额</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 µs per %2 µs</source>
        <translation>每 %2 µs 中 %1 µs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CPU shares</source>
        <translation>CPU 份额</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CPU weight</source>
        <translation>CPU 权重</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--memory %1, --pids-limit %2</source>
        <translation>--memory %1，--pids-limit %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Memory as the container sees it (/proc/meminfo)</source>
        <translation>容器看到的内存（/proc/meminfo）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no MemTotal</source>
        <translation>没有 MemTotal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MemTotal inside the container</source>
        <translation>容器内的 MemTotal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MemTotal of the host</source>
        <translation>宿主机的 MemTotal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cgroup memory limit</source>
        <translation>cgroup 内存限制</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The container sees the host&apos;s memory, not its limit.</source>
        <translation>容器看到的是宿主机的内存，而不是它的内存限制。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mounts</source>
        <translation>挂载</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 → %2 (%3, %4)</source>
        <extracomment>%1 source, %2 destination, %3 type (bind, volume), %4 &quot;read-only&quot; or &quot;read-write&quot;</extracomment>
        <translation>%1 → %2（%3，%4）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>read-write</source>
        <translation>读写</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the Docker socket: root on the host</source>
        <translation>Docker 套接字：等同于宿主机 root</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sensitive: %1</source>
        <translation>敏感：%1</translation>
    </message>
    <message>
        <location filename="../app/listcommand.cpp" line="-30"/>
        <source>List containers with three security hints each: privileged, capabilities added to Docker&apos;s default set, and namespaces shared with the host.</source>
        <translation>列出容器，每个容器附带三项安全提示：是否特权、在 Docker 默认能力集基础上添加的能力、与宿主机共享的命名空间。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show all containers (default: running ones only).</source>
        <translation>显示所有容器（默认：只显示正在运行的容器）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output format: table or json.</source>
        <translation>输出格式：table 或 json。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown format &quot;%1&quot; (use table or json).</source>
        <translation>未知格式“%1”（请使用 table 或 json）。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>CONTAINER ID</source>
        <translation>容器 ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IMAGE</source>
        <translation>镜像</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>STATE</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PRIVILEGED</source>
        <translation>特权</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ADDED CAPABILITIES</source>
        <translation>已添加的能力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HOST NAMESPACES</source>
        <translation>宿主机命名空间</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="+7"/>
        <source>No display: the graphical application needs X11 or Wayland (DISPLAY or WAYLAND_DISPLAY). Use a command instead, see &apos;dockscope --help&apos;.</source>
        <translation>没有显示器：图形界面需要 X11 或 Wayland（DISPLAY 或 WAYLAND_DISPLAY）。请改用命令，参见“dockscope --help”。</translation>
    </message>
    <message>
        <location filename="../app/reportcommand.cpp" line="-24"/>
        <source>Write a report of the audit and of every container&apos;s facts: a PDF for people, HTML or JSON for other tools. Works without a display.</source>
        <translation>写出审计结果和每个容器信息的报告：PDF 供人阅读，HTML 或 JSON 供其他工具使用。无需显示器即可运行。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file to write (replaced only after a successful write).</source>
        <translation>要写入的文件（只有写入成功后才会替换原文件）。</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="-65"/>
        <location line="+5"/>
        <location line="+4"/>
        <location filename="../app/reportcommand.cpp" line="+0"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../app/reportcommand.cpp" line="+2"/>
        <source>pdf, html or json (default: from the file name&apos;s extension, else pdf).</source>
        <translation>pdf、html 或 json（默认：根据文件扩展名判断，否则为 pdf）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Report only this container (repeat the option or separate names with commas; default: all).</source>
        <translation>只报告此容器（可重复该选项，或用逗号分隔多个名称；默认：全部）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sample the containers&apos; memory for this many seconds first, for the memory charts (default: 5).</source>
        <translation>先对容器内存采样若干秒，用于绘制内存图表（默认：5）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Name the file to write with -o FILE.</source>
        <translation>请用 -o FILE 指定要写入的文件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown format &quot;%1&quot; (use pdf, html or json).</source>
        <translation>未知格式“%1”（请使用 pdf、html 或 json）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--sample-seconds needs a number from 0 to 3600, not &quot;%1&quot;.</source>
        <translation>--sample-seconds 需要 0 到 3600 之间的数字，而不是“%1”。</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Sampling memory for %n second(s)…</source>
        <translation>
            <numerusform>正在对内存采样 %n 秒…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not write the report %1: %2</source>
        <extracomment>%1 file path, %2 technical detail</extracomment>
        <translation>无法写入报告 %1：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report written to %1</source>
        <translation>报告已写入 %1</translation>
    </message>
    <message>
        <location filename="../app/session.cpp" line="+124"/>
        <source>--elevate reads this machine&apos;s files, but the daemon at %1 is not on this machine: the helper cannot help here.</source>
        <translation>--elevate 读取的是本机的文件，但 %1 上的守护进程不在本机：辅助程序在此无能为力。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The host-facts helper is unavailable: %1. Showing what your user can read.</source>
        <extracomment>%1 why (technical, English)</extracomment>
        <translation>宿主机信息辅助程序不可用：%1。仅显示当前用户能读取的内容。</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Auditing… %1/%2</source>
        <translation>正在审计… %1/%2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The socket %1 belongs to %2:%3 with mode %4. To use it, your user must be in the group &quot;%3&quot; (for example: sudo usermod -aG %3 $USER, then log in again). Be aware that everyone in that group is root-equivalent on this host: whoever can command the daemon can mount the host&apos;s files into a container. Alternatively use rootless Docker (dockerd-rootless-setuptool.sh install) and point DOCKER_HOST at its socket.</source>
        <extracomment>%1 socket path, %2 owner, %3 group, %4 octal mode like 0660</extracomment>
        <translation>套接字 %1 的属主为 %2:%3，权限模式为 %4。要使用它，你的用户必须属于“%3”组（例如：sudo usermod -aG %3 $USER，然后重新登录）。请注意，该组中的每个人在此宿主机上都等同于 root：能控制守护进程的人就能把宿主机的文件挂载到容器中。你也可以改用无根（rootless）Docker（dockerd-rootless-setuptool.sh install），并将 DOCKER_HOST 指向它的套接字。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>To use the socket %1, your user must be in the socket&apos;s group (usually &quot;docker&quot;). Be aware that everyone in that group is root-equivalent on this host. Alternatively use rootless Docker (dockerd-rootless-setuptool.sh install) and point DOCKER_HOST at its socket.</source>
        <extracomment>%1 socket path</extracomment>
        <translation>要使用套接字 %1，你的用户必须属于该套接字的属组（通常是“docker”）。请注意，该组中的每个人在此宿主机上都等同于 root。你也可以改用无根（rootless）Docker（dockerd-rootless-setuptool.sh install），并将 DOCKER_HOST 指向它的套接字。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot connect to the Docker daemon at %1 (%2). Is the daemon running? Choose another daemon with -H/--host, --context or DOCKER_HOST.</source>
        <extracomment>%1 endpoint URL, %2 technical detail</extracomment>
        <translation>无法连接位于 %1 的 Docker 守护进程（%2）。守护进程是否在运行？可以用 -H/--host、--context 或 DOCKER_HOST 选择其他守护进程。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Permission denied while connecting to the Docker daemon at %1 (%2).</source>
        <extracomment>%1 endpoint URL, %2 technical detail</extracomment>
        <translation>连接位于 %1 的 Docker 守护进程时权限被拒绝（%2）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check that your user may use this endpoint.</source>
        <translation>请检查你的用户是否有权使用此端点。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Docker daemon at %1 is too old or refused our API version (%2). Dockscope needs Engine API %3 or newer.</source>
        <extracomment>%1 endpoint URL, %2 detail, %3 lowest API version we accept</extracomment>
        <translation>位于 %1 的 Docker 守护进程版本过旧，或拒绝了我们的 API 版本（%2）。Dockscope 需要 Engine API %3 或更高版本。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Docker daemon at %1 did not answer in time (%2).</source>
        <translation>位于 %1 的 Docker 守护进程未及时响应（%2）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Docker daemon at %1 closed the connection (%2).</source>
        <translation>位于 %1 的 Docker 守护进程关闭了连接（%2）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What answers at %1 does not speak HTTP like a Docker daemon (%2).</source>
        <translation>在 %1 应答的服务没有像 Docker 守护进程那样使用 HTTP 通信（%2）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The Docker daemon&apos;s certificate at %1 could not be verified (%2); nothing was sent to it. Name the CA that issued it with --tlscacert or as ca.pem in DOCKER_CERT_PATH, or add it to the system&apos;s trusted CAs. Only if you accept that anyone on the network path could pose as this daemon: use a tcp:// address with --tls and without --tlsverify.</source>
        <extracomment>%1 endpoint URL, %2 technical detail. --tlscacert, DOCKER_CERT_PATH, ca.pem, --tls, --tlsverify and tcp:// stay as they are.</extracomment>
        <translation>无法验证 %1 处 Docker 守护进程的证书（%2）；未向其发送任何内容。请用 --tlscacert 或 DOCKER_CERT_PATH 中的 ca.pem 指定签发它的 CA，或将该 CA 加入系统信任的 CA。仅当你接受网络路径上的任何人都可能冒充该守护进程时：使用 tcp:// 地址并加 --tls、不加 --tlsverify。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The Docker daemon&apos;s certificate at %1 could not be verified: it was issued for another host name (%2). Connect with a name or address that the certificate lists.</source>
        <extracomment>%1 endpoint URL, %2 technical detail</extracomment>
        <translation>无法验证 %1 处 Docker 守护进程的证书：它是为另一个主机名签发的（%2）。请使用证书中列出的名称或地址连接。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The TLS connection to the Docker daemon at %1 failed (%2). Check DOCKER_CERT_PATH and DOCKER_TLS_VERIFY.</source>
        <translation>与位于 %1 的 Docker 守护进程的 TLS 连接失败（%2）。请检查 DOCKER_CERT_PATH 和 DOCKER_TLS_VERIFY。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The SSH connection to the Docker daemon at %1 failed (%2).</source>
        <translation>与位于 %1 的 Docker 守护进程的 SSH 连接失败（%2）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invalid argument: %1.</source>
        <translation>无效参数：%1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not found: %1.</source>
        <translation>未找到：%1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Docker daemon at %1 answered with an error: %2.</source>
        <translation>位于 %1 的 Docker 守护进程返回了错误：%2。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Docker daemon at %1 sent a reply that cannot be read (%2).</source>
        <translation>位于 %1 的 Docker 守护进程发来了无法解析的应答（%2）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled (%1).</source>
        <translation>已取消（%1）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Error (%1): %2</source>
        <extracomment>%1 error code name, %2 detail</extracomment>
        <translation>错误（%1）：%2</translation>
    </message>
</context>
<context>
    <name>Facts</name>
    <message>
        <location filename="../core/facts/capabilities.cpp" line="+16"/>
        <source>Ignores file permissions: root in the container can read and write every file it can reach, including files of other users on bind-mounted host directories.</source>
        <translation>忽略文件权限：容器中的 root 可以读写它能访问到的所有文件，包括绑定挂载的宿主机目录中其他用户的文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allows open_by_handle_at(): root in the container can open files of the host&apos;s file system by inode handle, outside its own root (the &quot;shocker&quot; escape), and read any file regardless of permissions.</source>
        <translation>允许调用 open_by_handle_at()：容器中的 root 可以通过 inode 句柄打开宿主机文件系统中位于其自身根目录之外的文件（即“shocker”逃逸），并且无视权限读取任何文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bypasses ownership checks: root in the container can change the mode of any file it can reach, including on bind-mounted host directories.</source>
        <translation>绕过属主检查：容器中的 root 可以修改它能访问到的任何文件的权限模式，包括绑定挂载的宿主机目录中的文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lets a process take any group id, for example the group that owns a bind-mounted host file or socket.</source>
        <translation>允许进程切换到任意组 ID，例如拥有某个绑定挂载的宿主机文件或套接字的组。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lets a process take any user id: any user in the container can become root there through a set-uid binary or its own code, and act as any host user on bind-mounted files.</source>
        <translation>允许进程切换到任意用户 ID：容器中的任何用户都可以通过 set-uid 程序或自己的代码在容器内成为 root，并能以任意宿主机用户的身份操作绑定挂载的文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Can set and clear the immutable and append-only flags, defeating tamper protection of log files on bind-mounted host directories.</source>
        <translation>可以设置和清除 immutable 与 append-only 标志，使绑定挂载的宿主机目录中日志文件的防篡改保护失效。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Configures the network stack: interfaces, routes and firewall rules. With the host&apos;s network namespace, root in the container can reroute, sniff or cut off the host&apos;s traffic.</source>
        <translation>配置网络协议栈：网络接口、路由和防火墙规则。使用宿主机的网络命名空间时，容器中的 root 可以改变宿主机流量的路由、嗅探或切断这些流量。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opens raw and packet sockets: root in the container can forge packets and spoof ARP or DNS answers to its neighbours on the same bridge.</source>
        <translation>打开原始套接字和 packet 套接字：容器中的 root 可以伪造数据包，并向同一网桥上的相邻容器发送伪造的 ARP 或 DNS 应答。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Can lock memory so it is never swapped out, which helps exhaust the host&apos;s memory.</source>
        <translation>可以锁定内存使其永不换出，有助于耗尽宿主机的内存。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bypasses permission checks on System V IPC objects; with the host&apos;s IPC namespace it can read other processes&apos; shared memory.</source>
        <translation>绕过 System V IPC 对象的权限检查；使用宿主机的 IPC 命名空间时，可以读取其他进程的共享内存。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loads and removes kernel modules: root in the container can run any code in the host&apos;s kernel. Equivalent to full control of the host.</source>
        <translation>加载和卸载内核模块：容器中的 root 可以在宿主机内核中运行任意代码，等同于完全控制宿主机。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Raw I/O: access to /dev/mem, /dev/port, I/O ports and raw SCSI commands. Root in the container can read and change the host&apos;s memory and disks below the file system.</source>
        <translation>原始 I/O：可以访问 /dev/mem、/dev/port、I/O 端口并发送原始 SCSI 命令。容器中的 root 可以绕过文件系统读取和修改宿主机的内存和磁盘。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Traces and injects code into processes. With the host&apos;s PID namespace, root in the container can take over any host process; in its own, it can read other containers&apos; secrets in shared processes and weaken seccomp.</source>
        <translation>跟踪进程并向其注入代码。使用宿主机的 PID 命名空间时，容器中的 root 可以接管任何宿主机进程；在自己的命名空间中，它可以读取共享进程中其他容器的机密信息，并削弱 seccomp。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The &quot;new root&quot;: mount file systems, use cgroup release agents, create namespaces, many device ioctls. Root in the container can usually escape to the host (mount the host disk, cgroup v1 release_agent).</source>
        <translation>“新的 root”：挂载文件系统、使用 cgroup release agent、创建命名空间、执行许多设备 ioctl。容器中的 root 通常可以借此逃逸到宿主机（挂载宿主机磁盘、cgroup v1 release_agent）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Can reboot the machine and load a new kernel with kexec_load: root in the container can restart or replace the host&apos;s kernel.</source>
        <translation>可以重启机器，并通过 kexec_load 加载新内核：容器中的 root 可以重启或替换宿主机的内核。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Raises priorities and sets real-time scheduling: a process in the container can starve the host&apos;s other processes of CPU.</source>
        <translation>提高优先级并设置实时调度：容器中的进程可以让宿主机的其他进程得不到 CPU。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overrides resource limits and disk quotas, and the reserved space of ext4: a process in the container can exhaust resources meant for the host.</source>
        <translation>突破资源限制、磁盘配额以及 ext4 的保留空间：容器中的进程可以耗尽本应留给宿主机的资源。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sets the system clock, which is not namespaced: root in the container changes the host&apos;s time, breaking TLS, Kerberos, logs and schedules.</source>
        <translation>设置系统时钟，而系统时钟没有命名空间隔离：容器中的 root 会改变宿主机的时间，破坏 TLS、Kerberos、日志和定时任务。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Can hang up and configure terminals (vhangup), disturbing the host&apos;s consoles.</source>
        <translation>可以挂断和配置终端（vhangup），干扰宿主机的控制台。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creates device nodes. The device cgroup still limits their use, but with broad device rules or a privileged cgroup root in the container can open the host&apos;s disks.</source>
        <translation>创建设备节点。设备 cgroup 仍会限制它们的使用，但如果设备规则过宽或使用特权 cgroup，容器中的 root 就能打开宿主机的磁盘。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes the kernel&apos;s audit rules: root in the container can switch off the host&apos;s auditing.</source>
        <translation>修改内核的审计规则：容器中的 root 可以关闭宿主机的审计。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overrides mandatory access control (Smack): the LSM policy no longer confines the container.</source>
        <translation>突破强制访问控制（Smack）：LSM 策略不再能约束该容器。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes the mandatory access control policy (AppArmor, Smack): root in the container can unload its own confinement.</source>
        <translation>修改强制访问控制策略（AppArmor、Smack）：容器中的 root 可以卸下对自己的约束。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reads and clears the kernel log, which is not namespaced, and sees kernel addresses that help exploits against the host.</source>
        <translation>读取和清空内核日志（内核日志没有命名空间隔离），并能看到有助于攻击宿主机的内核地址。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sets alarms that wake the host from suspend.</source>
        <translation>设置可将宿主机从挂起状态唤醒的闹钟。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Can prevent the host from suspending.</source>
        <translation>可以阻止宿主机进入挂起状态。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reads the kernel&apos;s audit log over netlink: the host&apos;s audited activity, not just the container&apos;s.</source>
        <translation>通过 netlink 读取内核审计日志：读到的是宿主机上被审计的活动，而不仅是容器的。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uses perf events system-wide: root in the container can observe the host&apos;s and other containers&apos; processes and kernel, and reach a large kernel attack surface.</source>
        <translation>在全系统范围使用 perf 事件：容器中的 root 可以观察宿主机和其他容器的进程及内核，并接触到庞大的内核攻击面。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loads BPF programs and maps: together with PERFMON or NET_ADMIN, root in the container can trace or alter the host kernel&apos;s behaviour, and the verifier is a frequent source of kernel exploits.</source>
        <translation>加载 BPF 程序和映射：配合 PERFMON 或 NET_ADMIN，容器中的 root 可以跟踪或改变宿主机内核的行为，而且验证器（verifier）是内核漏洞利用的常见来源。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checkpoint/restore helpers: choose pids of new processes and read other processes&apos; memory maps.</source>
        <translation>检查点/恢复辅助功能：可以指定新进程的 pid，并读取其他进程的内存映射。</translation>
    </message>
    <message>
        <location line="+196"/>
        <source>dangerous</source>
        <translation>危险</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>default, risky</source>
        <translation>默认，有风险</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>added, risky</source>
        <translation>新增，有风险</translation>
    </message>
    <message>
        <location filename="../core/localization.cpp" line="+18"/>
        <source>No such file or directory</source>
        <translation>没有那个文件或目录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permission denied</source>
        <translation>权限不够</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operation not permitted</source>
        <translation>不允许的操作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No such process</source>
        <translation>没有那个进程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a directory</source>
        <translation>不是目录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is a directory</source>
        <translation>是一个目录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many levels of symbolic links</source>
        <translation>符号链接的层数过多</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input/output error</source>
        <translation>输入/输出错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid argument</source>
        <translation>无效的参数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection refused</source>
        <translation>拒绝连接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection timed out</source>
        <translation>连接超时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resource temporarily unavailable</source>
        <translation>资源暂时不可用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No space left on device</source>
        <translation>设备上没有空间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read-only file system</source>
        <translation>只读文件系统</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../ui/report/reportcharts.cpp" line="+104"/>
        <source>No checks were run.</source>
        <translation>未运行任何检查项。</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>No memory samples were gathered.</source>
        <translation>未采集到内存样本。</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Usage</source>
        <translation>用量</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Limit %1</source>
        <translation>限制 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limit %1 (off the scale)</source>
        <translation>限制 %1（超出图表范围）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No memory limit</source>
        <translation>无内存限制</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Peak %1</source>
        <translation>峰值 %1</translation>
    </message>
    <message>
        <location filename="../ui/report/reporthtmlbuilder.cpp" line="+66"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+154"/>
        <location filename="../ui/report/reportpdf.cpp" line="+402"/>
        <source>Docker security report: %1</source>
        <translation>Docker 安全报告：%1</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Docker security report</source>
        <translation>Docker 安全报告</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Namespaces, control groups, capabilities and the daemon&apos;s hardening, as Dockscope %1 found them.</source>
        <translation>Dockscope %1 检查到的命名空间、控制组、能力以及守护进程的加固情况。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cgroup v%1 (reported by the daemon)</source>
        <translation>cgroup v%1（由守护进程报告）</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+413"/>
        <source>%1, %2 driver</source>
        <translation>%1，%2 驱动</translation>
    </message>
    <message>
        <location line="-407"/>
        <source>Not reported</source>
        <translation>未报告</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host</source>
        <translation>宿主机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endpoint</source>
        <translation>端点</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None: plain TCP, not encrypted</source>
        <translation>无：明文 TCP，未加密</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS, the daemon&apos;s certificate verified</source>
        <translation>TLS，守护进程的证书已验证</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TLS (unverified): the daemon&apos;s certificate was not checked, as asked</source>
        <translation>TLS（未验证）：按要求未检查守护进程的证书</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transport security</source>
        <translation>传输安全</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Docker daemon version</source>
        <translation>Docker 守护进程版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API version</source>
        <translation>API 版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operating system</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kernel</source>
        <translation>内核</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Control groups</source>
        <translation>控制组</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>Daemon mode</source>
        <translation>守护进程模式</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Rootless: the daemon and its containers run as an ordinary user; container root is that user&apos;s unprivileged uid, and capabilities are those of root inside the rootless user namespace.</source>
        <translation>无根（rootless）模式：守护进程及其容器以普通用户身份运行；容器内的 root 是该用户的非特权 uid，能力是 rootless 用户命名空间内 root 的能力。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>User namespaces remapped: container root is an unprivileged host uid.</source>
        <translation>已启用用户命名空间重映射：容器内的 root 是宿主机上的非特权 uid。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host access</source>
        <translation>宿主机访问</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local: host files were read; what the user may not read came through the polkit-authorised, read-only host-facts helper</source>
        <translation>本机：已读取宿主机文件；用户无权读取的内容经由 polkit 授权的只读宿主机信息辅助程序读取</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local: host files were read</source>
        <translation>本地：已读取宿主机文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report date</source>
        <translation>报告日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit run</source>
        <translation>审计运行时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Containers in this report</source>
        <translation>本报告包含的容器数</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Summary of verdicts</source>
        <translation>结论汇总</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n check(s) were judged.</source>
        <translation>
            <numerusform>共判定了 %n 个检查项。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Verdicts by section</source>
        <translation>各部分的结论</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Severity: %1</source>
        <translation>严重程度：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; a manual check: review it by hand</source>
        <translation>%1；人工检查项：请手动复核</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; container %2</source>
        <translation>%1；容器 %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Observed value</source>
        <translation>观测值</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Why it matters:</source>
        <translation>为什么重要：</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+54"/>
        <location line="+2"/>
        <source>Remedy:</source>
        <translation>修复建议：</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Daemon and host checklist</source>
        <translation>守护进程与宿主机检查清单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The hardening checks of the CIS Docker Benchmark and Dockscope&apos;s own checks for the host, the daemon and the images. Each shows its verdict, the evidence it rests on and the remedy. Checks of single containers are in the chapter of each container.</source>
        <translation>CIS Docker 基准中的加固检查项，以及 Dockscope 针对宿主机、守护进程和镜像的自有检查项。每一项都给出结论、所依据的证据和修复建议。针对单个容器的检查项见各容器的章节。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No checks of the host or the daemon were run.</source>
        <translation>未对宿主机或守护进程运行任何检查项。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Container %1</source>
        <translation>容器 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID %1, image %2, state %3</source>
        <translation>ID %1，镜像 %2，状态 %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, main process %2 on the host</source>
        <translation>%1，宿主机上的主进程 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The process could not be confirmed as this container&apos;s: kernel facts are not shown.</source>
        <translation>无法确认该进程属于此容器：不显示内核信息。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Findings</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No findings: every check of this container passed.</source>
        <translation>没有发现问题：此容器的所有检查项均已通过。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Passed: %1</source>
        <translation>已通过：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Namespaces</source>
        <translation>命名空间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capabilities</source>
        <translation>能力</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Control group limits</source>
        <translation>控制组限制</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memory as the container sees it</source>
        <translation>容器看到的内存</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Memory usage over time</source>
        <translation>内存用量变化</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n sample(s) from %1 to %2.</source>
        <translation>
            <numerusform>%1 至 %2 共 %n 个样本。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Container inode</source>
        <translation>容器 inode</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Host inode</source>
        <translation>宿主机 inode</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Isolation</source>
        <translation>隔离情况</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+153"/>
        <source>Declared</source>
        <translation>声明值</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>Unknown</source>
        <comment>isolation</comment>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shared with the host</source>
        <translation>与宿主机共享</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Isolated</source>
        <translation>已隔离</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Declaration and kernel disagree</source>
        <translation>声明值与内核实际值不一致</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daemon default</source>
        <translation>守护进程默认值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(container %1)</source>
        <translation>（容器 %1）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Host namespaces were read from PID 1.</source>
        <translation>宿主机命名空间读取自 PID 1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host namespaces were read from the Docker daemon&apos;s process (PID %1).</source>
        <translation>宿主机命名空间读取自 Docker 守护进程的进程（PID %1）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host namespaces were read from Dockscope&apos;s own process (PID 1 is not readable).</source>
        <translation>宿主机命名空间读取自 Dockscope 自身的进程（无法读取 PID 1）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No host process could be read for comparison.</source>
        <translation>无法读取任何宿主机进程用于比较。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Root in the container is root on the host (no user namespace remapping).</source>
        <translation>容器中的 root 就是宿主机上的 root（未启用用户命名空间重映射）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Root in the container is mapped to host user ID %1.</source>
        <translation>容器中的 root 映射为宿主机用户 ID %1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>User ID map:</source>
        <translation>用户 ID 映射：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Privileged container</source>
        <translation>特权容器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added with --cap-add:</source>
        <translation>通过 --cap-add 添加：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dropped with --cap-drop:</source>
        <translation>通过 --cap-drop 移除：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No new privileges:</source>
        <translation>禁止提权（no-new-privileges）：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seccomp:</source>
        <translation>Seccomp：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disabled</source>
        <comment>seccomp</comment>
        <translation>已禁用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strict</source>
        <comment>seccomp</comment>
        <translation>严格模式（strict）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter</source>
        <comment>seccomp</comment>
        <translation>过滤模式（filter）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LSM label:</source>
        <translation>LSM 标签：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Capability sets of the process:</source>
        <translation>进程的能力集：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bounding set the declaration implies:</source>
        <translation>根据声明推算的边界集：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Capability</source>
        <translation>能力</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why it matters</source>
        <translation>为什么重要</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Added</source>
        <translation>已添加</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dropped</source>
        <translation>已移除</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>E effective, P permitted, B bounding, I inheritable, A ambient set. Listed: the capabilities in any set, in Docker&apos;s default set or named by the declaration.</source>
        <translation>E 有效集，P 许可集，B 边界集，I 可继承集，A 环境集。列出的是：出现在任一集合中、属于 Docker 默认能力集或在声明中指定的能力。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>path:</source>
        <translation>路径：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not declared</source>
        <translation>未声明</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resource</source>
        <translation>资源</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enforced by the kernel</source>
        <translation>内核实际值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory limit</source>
        <translation>内存限制</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Default (twice the memory limit)</source>
        <translation>默认（内存限制的两倍）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Memory + swap limit</source>
        <translation>内存 + 交换空间限制</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory reservation (soft limit)</source>
        <translation>内存预留（软限制）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Process limit (pids)</source>
        <translation>进程数限制（pids）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 CPUs</source>
        <translation>%1 个 CPU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 µs per %2 µs</source>
        <translation>每 %2 µs 中 %1 µs</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 CPUs (%2 µs per %3 µs)</source>
        <translation>%1 个 CPU（每 %3 µs 中 %2 µs）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CPU quota</source>
        <translation>CPU 配额</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CPU weight</source>
        <translation>CPU 权重</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CPU shares</source>
        <translation>CPU 份额</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CPU set</source>
        <translation>CPU 集合</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Block I/O weight</source>
        <translation>块 I/O 权重</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memory usage</source>
        <translation>内存用量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peak memory usage</source>
        <translation>峰值用量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limit hits (failcnt)</source>
        <translation>超限次数（failcnt）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OOM kills</source>
        <translation>OOM 终止次数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OOM killer disabled</source>
        <translation>已禁用 OOM killer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Processes</source>
        <translation>进程数</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Inside the container</source>
        <translation>容器内</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On the host</source>
        <translation>宿主机上</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Control group memory limit</source>
        <translation>控制组内存限制</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The container sees the host&apos;s memory: its /proc/meminfo shows MemTotal %1, the host&apos;s, although the control group limits it to %2. Namespaces do not virtualise /proc/meminfo; programs that size themselves from it will overrun the limit and be killed.</source>
        <translation>容器看到的是宿主机的内存：它的 /proc/meminfo 显示的 MemTotal 为 %1，即宿主机的内存，尽管控制组将它限制为 %2。命名空间不会虚拟化 /proc/meminfo；根据它来决定内存用量的程序会超出限制并被终止。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The container sees the host&apos;s memory: its /proc/meminfo shows MemTotal %1, the host&apos;s. Namespaces do not virtualise /proc/meminfo.</source>
        <translation>容器看到的是宿主机的内存：它的 /proc/meminfo 显示的 MemTotal 为 %1，即宿主机的内存。命名空间不会虚拟化 /proc/meminfo。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The container&apos;s MemTotal differs from the host&apos;s: something (LXCFS, a VM) virtualises /proc/meminfo for it.</source>
        <translation>容器的 MemTotal 与宿主机不同：有某种机制（LXCFS、虚拟机）为它虚拟化了 /proc/meminfo。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Whether the container sees the host&apos;s memory could not be compared.</source>
        <translation>无法比较容器是否看到宿主机的内存。</translation>
    </message>
    <message>
        <location filename="../ui/report/reportpdf.cpp" line="+13"/>
        <source>Dockscope security report</source>
        <translation>Dockscope 安全报告</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Host %1</source>
        <translation>宿主机 %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <location filename="../ui/report/reporttext.cpp" line="+26"/>
        <source>Pass</source>
        <comment>verdict</comment>
        <translation>通过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warn</source>
        <comment>verdict</comment>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fail</source>
        <comment>verdict</comment>
        <translation>未通过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Info</source>
        <comment>verdict</comment>
        <translation>信息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <comment>verdict</comment>
        <translation>提示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <comment>verdict</comment>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Info</source>
        <comment>severity</comment>
        <translation>信息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <comment>severity</comment>
        <translation>低</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <comment>severity</comment>
        <translation>中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <comment>severity</comment>
        <translation>高</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical</source>
        <comment>severity</comment>
        <translation>严重</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Unavailable: needs root</source>
        <translation>不可用：需要 root 权限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unavailable: permission denied</source>
        <translation>不可用：权限被拒绝</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unavailable: the container runs under another kernel</source>
        <translation>不可用：容器运行在另一个内核上</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unavailable: no access to the host&apos;s files</source>
        <translation>不可用：无法访问宿主机的文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unavailable: the container is not running</source>
        <translation>不可用：容器未在运行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unavailable: this kernel does not provide it</source>
        <translation>不可用：此内核不提供该信息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not enforced</source>
        <translation>内核未执行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unavailable: not found</source>
        <translation>不可用：未找到</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unavailable: the data could not be parsed</source>
        <translation>不可用：无法解析数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unavailable: timed out</source>
        <translation>不可用：超时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unavailable: cancelled</source>
        <translation>不可用：已取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unavailable: %1</source>
        <translation>不可用：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2)</source>
        <extracomment>%1 is a sentence saying why a fact is unavailable, %2 the technical detail (a path, errno text)</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Section %1</source>
        <extracomment>a checklist section without a known title; %1 is its id</extracomment>
        <translation>第 %1 部分</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cgroup v1</source>
        <translation>cgroup v1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cgroup v2</source>
        <translation>cgroup v2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cgroup v1 (hybrid, with a v2 mount)</source>
        <translation>cgroup v1（混合模式，另有 v2 挂载）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown</source>
        <comment>cgroup version</comment>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No limit</source>
        <translation>未限制</translation>
    </message>
</context>
<context>
    <name>Ui</name>
    <message>
        <location filename="../ui/charts/memorychart.cpp" line="+163"/>
        <source>Memory usage — waiting for the first sample</source>
        <translation>内存用量 — 正在等待第一个样本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memory usage against the limit of %1</source>
        <translation>内存用量与 %1 的限制对比</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Memory usage — no limit: the container may use all of the host&apos;s memory</source>
        <translation>内存用量 — 未限制：容器可能用光宿主机的全部内存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usage</source>
        <translation>用量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limit</source>
        <translation>限制</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peak</source>
        <translation>峰值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limit hit</source>
        <translation>达到限制</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OOM kill</source>
        <translation>OOM 终止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <location filename="../ui/charts/verdictchart.cpp" line="+101"/>
        <source>Checklist verdicts by section (CIS 1–7; DS: Dockscope&apos;s own)</source>
        <translation>各部分的检查清单结论（CIS 第 1–7 部分；DS：Dockscope 自有检查项）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Checks</source>
        <translation>检查项</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="+15"/>
        <source>The Docker daemon cannot be reached at this address.</source>
        <translation>无法通过此地址连接 Docker 守护进程。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permission denied: this user may not open the Docker socket or file.</source>
        <translation>权限被拒绝：此用户无权打开 Docker 套接字或文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The daemon&apos;s API version is not supported.</source>
        <translation>不支持守护进程的 API 版本。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not found.</source>
        <translation>未找到。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The data could not be understood.</source>
        <translation>无法理解这些数据。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request timed out.</source>
        <translation>请求超时。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection to the daemon was dropped.</source>
        <translation>与守护进程的连接已断开。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The daemon refused the request.</source>
        <translation>守护进程拒绝了请求。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The daemon&apos;s reply is not valid HTTP.</source>
        <translation>守护进程的应答不是有效的 HTTP。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The TLS handshake or certificate check failed.</source>
        <translation>TLS 握手或证书校验失败。</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionerrortext.cpp" line="+18"/>
        <source>The server&apos;s SSH host key has changed since you last connected. This can mean that someone intercepts the connection. Confirm the new key with the server&apos;s administrator, then remove the old entry with &quot;ssh-keygen -R HOST&quot;.</source>
        <translation>服务器的 SSH 主机密钥自你上次连接以来已发生变化。这可能意味着有人在截获连接。请先与服务器管理员确认新密钥，然后用“ssh-keygen -R HOST”删除旧条目。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s SSH host key is not known yet. Connect once with &quot;ssh HOST&quot; in a terminal, check the fingerprint and accept it; Dockscope never accepts unknown keys by itself.</source>
        <translation>服务器的 SSH 主机密钥尚未知。请先在终端中用“ssh HOST”连接一次，核对指纹后接受它；Dockscope 从不自行接受未知密钥。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s SSH host key could not be verified. Check your known_hosts file.</source>
        <translation>无法验证服务器的 SSH 主机密钥。请检查你的 known_hosts 文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SSH login was refused. Load your key into ssh-agent (ssh-add) or name it in ~/.ssh/config; password prompts need an SSH_ASKPASS program.</source>
        <translation>SSH 登录被拒绝。请将密钥加载到 ssh-agent（ssh-add）或在 ~/.ssh/config 中指定；密码提示需要 SSH_ASKPASS 程序。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The host name could not be resolved. Check the name or your ~/.ssh/config.</source>
        <translation>无法解析主机名。请检查主机名或你的 ~/.ssh/config。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing accepts SSH connections on that host and port. Check that sshd runs and the port.</source>
        <translation>该主机和端口上没有服务接受 SSH 连接。请检查 sshd 是否在运行以及端口是否正确。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The SSH connection timed out. Check the network, firewall and any ProxyJump host.</source>
        <translation>SSH 连接超时。请检查网络、防火墙以及 ProxyJump 主机。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Docker socket on the remote host could not be opened: it does not exist, or the SSH server refuses to forward it. Check that Docker runs there and the socket path in the profile (rootless Docker: /run/user/UID/docker.sock), or use the dial-stdio transport.</source>
        <translation>无法打开远程主机上的 Docker 套接字：它不存在，或 SSH 服务器拒绝转发它。请检查那里的 Docker 是否在运行以及连接配置中的套接字路径（无根 Docker：/run/user/UID/docker.sock），或改用 dial-stdio 传输方式。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The remote user may not open the Docker socket. Add the user to the docker group there (which is equivalent to root) or use rootless Docker.</source>
        <translation>远程用户无权打开 Docker 套接字。请在远程主机上将该用户加入 docker 组（这等同于 root），或使用无根（rootless）Docker。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The SSH server refuses to forward the Docker socket (AllowStreamLocalForwarding). Choose the &quot;docker system dial-stdio&quot; transport instead.</source>
        <translation>SSH 服务器拒绝转发 Docker 套接字（AllowStreamLocalForwarding）。请改用“docker system dial-stdio”传输方式。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The remote host has no docker command, which the dial-stdio transport needs. Install the Docker CLI there or use the socket forward.</source>
        <translation>远程主机上没有 docker 命令，而 dial-stdio 传输方式需要它。请在远程主机上安装 Docker CLI，或改用套接字转发。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The ssh program could not be started. Install the OpenSSH client.</source>
        <translation>无法启动 ssh 程序。请安装 OpenSSH 客户端。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/errortext.cpp" line="+1"/>
        <source>The SSH connection failed.</source>
        <translation>SSH 连接失败。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The daemon&apos;s certificate could not be verified: no CA you trust issued it, so nothing was sent. Name the CA certificate (or a directory with ca.pem) in the profile, or add the CA to the system&apos;s trusted certificates.</source>
        <translation>无法验证守护进程的证书：它不是由你信任的 CA 签发的，因此未发送任何内容。请在连接配置中指定 CA 证书（或包含 ca.pem 的目录），或将该 CA 加入系统信任的证书。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The daemon&apos;s certificate could not be verified: it was issued for another host name. Use a name or address that the certificate lists.</source>
        <translation>无法验证守护进程的证书：它是为另一个主机名签发的。请使用证书中列出的名称或地址。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The TLS connection failed. Check the CA certificate and that the client certificate and key were issued for this daemon.</source>
        <translation>TLS 连接失败。请检查 CA 证书，并确认客户端证书和私钥是为此守护进程签发的。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You may not open the Docker socket. Join the socket&apos;s group (which is equivalent to root) or use rootless Docker.</source>
        <translation>你无权打开 Docker 套接字。请加入套接字的属组（这等同于 root），或使用无根（rootless）Docker。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No Docker daemon answers at this address.</source>
        <translation>此地址上没有 Docker 守护进程应答。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The daemon did not answer in time.</source>
        <translation>守护进程未及时应答。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection closed before the daemon answered. A TLS port reached without TLS behaves like this.</source>
        <translation>守护进程应答之前连接已关闭。在未使用 TLS 的情况下访问 TLS 端口时就会这样。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The daemon&apos;s API version is too old for Dockscope.</source>
        <translation>守护进程的 API 版本对 Dockscope 来说太旧。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection settings are not valid.</source>
        <translation>连接设置无效。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection failed.</source>
        <translation>连接失败。</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="+1"/>
        <source>The address or option is malformed.</source>
        <translation>地址或选项格式错误。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This cannot be read on this host.</source>
        <translation>在此宿主机上无法读取。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This can only be read by root or the process owner.</source>
        <translation>只有 root 或进程属主才能读取。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The container runs on another kernel (a VM or a remote host).</source>
        <translation>容器运行在另一个内核上（虚拟机或远程主机）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The container is not running.</source>
        <translation>容器未在运行。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This kernel does not provide it.</source>
        <translation>此内核不提供该信息。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declared, but the kernel does not enforce it.</source>
        <translation>已声明，但内核并未执行。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A read or write failed.</source>
        <translation>读取或写入失败。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown error.</source>
        <translation>未知错误。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check that dockerd is running and that DOCKER_HOST or the context points at it.</source>
        <translation>请检查 dockerd 是否在运行，以及 DOCKER_HOST 或上下文是否指向它。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run as root or add the user to the socket&apos;s group (which makes the user root-equivalent).</source>
        <translation>请以 root 身份运行，或将该用户加入套接字的属组（这会使该用户等同于 root）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upgrade the Docker engine.</source>
        <translation>请升级 Docker 引擎。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dockscope keeps trying to reconnect; press F5 to retry now.</source>
        <translation>Dockscope 会持续尝试重新连接；按 F5 可立即重试。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check DOCKER_CERT_PATH and the certificates&apos; host names.</source>
        <translation>请检查 DOCKER_CERT_PATH 以及证书中的主机名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that &apos;ssh host docker version&apos; works without a password prompt.</source>
        <translation>请确认“ssh host docker version”无需输入密码即可运行。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run Dockscope as root to see this.</source>
        <translation>以 root 身份运行 Dockscope 才能查看此项。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>There is no socket at %1: dockerd is not running there, or this is the wrong address. Start dockerd and press Retry, or connect to another host.</source>
        <translation>%1 处没有套接字：dockerd 未在此运行，或地址有误。请启动 dockerd 后点击“重试”，或连接到其他主机。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The socket %1 exists, but nothing accepts connections on it: dockerd has stopped. Start it and press Retry.</source>
        <translation>套接字 %1 存在，但没有进程接受连接：dockerd 已停止。请启动它后点击“重试”。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This user may not open %1. Run Dockscope as root, or add the user to the socket&apos;s group (which makes the user root-equivalent).</source>
        <translation>当前用户无权打开 %1。请以 root 身份运行 Dockscope，或将该用户加入套接字所属的组（这会使该用户等同于 root）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 did not answer in time: the daemon may be overloaded or hung. Press Retry.</source>
        <translation>%1 未及时响应：守护进程可能过载或已挂起。请点击“重试”。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1
Technical detail: %2</source>
        <extracomment>%1 is a sentence saying what to do, %2 the raw technical message (untranslated)</extracomment>
        <translation>%1
技术细节：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>needs root</source>
        <translation>需要 root 权限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not on this host</source>
        <translation>不在此宿主机上</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no host access</source>
        <translation>无法访问宿主机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>container not running</source>
        <translation>容器未运行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kernel lacks it</source>
        <translation>内核不支持</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not enforced</source>
        <translation>内核未执行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unreadable format</source>
        <translation>格式无法解析</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unavailable: %1</source>
        <translation>不可用：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unavailable: %1 — %2</source>
        <extracomment>%1 is a short reason (&quot;needs root&quot;), %2 the technical detail (path: errno text)</extracomment>
        <translation>不可用：%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+768"/>
        <source>About Dockscope</source>
        <translation>关于 Dockscope</translation>
    </message>
    <message>
        <location line="-338"/>
        <source>Dockscope — %1 (%2)</source>
        <extracomment>%1 is the connection profile&apos;s name, %2 how it is reached (ssh://host (dial-stdio) …)</extracomment>
        <translation>Dockscope — %1（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dockscope — %1</source>
        <translation>Dockscope — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;onnect to another host…</source>
        <translation>连接到其他主机(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export report…</source>
        <translation>导出报告(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close tab</source>
        <translation>关闭标签页(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the &amp;checklist again</source>
        <translation>重新运行检查清单(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Dockscope</source>
        <translation>关于 Dockscope(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Documentation</source>
        <translation>文档(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next tab</source>
        <translation>下一个标签页(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous tab</source>
        <translation>上一个标签页(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Container &amp;list</source>
        <translation>容器列表(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by name, image or state (Ctrl+F)</source>
        <translation>按名称、镜像或状态筛选（Ctrl+F）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host and daemon</source>
        <translation>宿主机与守护进程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checklist</source>
        <translation>检查清单</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>That container no longer exists.</source>
        <translation>该容器已不存在。</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n container(s)</source>
        <translation>
            <numerusform>%n 个容器</numerusform>
        </translation>
    </message>
    <message>
        <location line="+77"/>
        <location line="+309"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location line="-308"/>
        <source>Copy &amp;ID</source>
        <translation>复制 ID(&amp;I)</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>Dockscope %1 shows how Docker isolates, limits and empowers each container, and how well the daemon is protected.</source>
        <translation>Dockscope %1 展示 Docker 如何隔离、限制每个容器并赋予其权限，以及守护进程受到了怎样的保护。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Qt: %1 (built with %2)</source>
        <translation>Qt：%1（构建时为 %2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP parser: %1</source>
        <translation>HTTP 解析器：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syntax highlighting: %1</source>
        <translation>语法高亮：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docker Engine API: %1 to %2</source>
        <translation>Docker Engine API：%1 至 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected daemon: Docker %1, API %2</source>
        <translation>已连接的守护进程：Docker %1，API %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later).</source>
        <translation>许可证：GNU 通用公共许可证第 3 版或更高版本（GPL-3.0-or-later）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documentation: %1</source>
        <translation>文档：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open &amp;documentation</source>
        <translation>打开文档(&amp;D)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Refreshing…</source>
        <translation>正在刷新…</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Cancelling the export…</source>
        <translation>正在取消导出…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>导出已取消，未写入任何内容。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export failed — Dockscope</source>
        <translation>导出失败 — Dockscope</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report could not be written: %1</source>
        <translation>无法写入报告：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <location line="-611"/>
        <source>Waiting for authentication to read host facts…</source>
        <translation>正在等待认证以读取宿主机信息…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Host facts</source>
        <translation>宿主机信息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The host-facts helper could not be started: %1

Dockscope goes on with what your user can read.</source>
        <translation>无法启动宿主机信息辅助程序：%1

Dockscope 将继续使用当前用户能读取的内容。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Host facts are read through the helper for this session.</source>
        <translation>本次会话中，宿主机信息经由辅助程序读取。</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Running the checklist…</source>
        <translation>正在运行检查清单…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Writing the report to %1…</source>
        <translation>正在将报告写入 %1…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exporting the report — Dockscope</source>
        <translation>正在导出报告 — Dockscope</translation>
    </message>
    <message>
        <location line="+500"/>
        <source>The checklist could not run: %1 (%2)</source>
        <translation>检查清单无法运行：%1（%2）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checklist: %1 failed, %2 warnings, %3 passed</source>
        <translation>检查清单：%1 项未通过，%2 项警告，%3 项通过</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HTML page (*.html)</source>
        <translation>HTML 页面 (*.html)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON document (*.json)</source>
        <translation>JSON 文档 (*.json)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Replace the file?</source>
        <translation>替换文件？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 已存在。要替换它吗？</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Report written to %1</source>
        <translation>报告已写入 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report exported — Dockscope</source>
        <translation>报告已导出 — Dockscope</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report was written to %1.</source>
        <translation>报告已写入 %1。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show in &amp;folder</source>
        <translation>在文件夹中显示(&amp;F)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not connect to %1: %2</source>
        <translation>无法连接 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/models/checklistpresentation.cpp" line="+23"/>
        <source>pass</source>
        <comment>verdict</comment>
        <translation>通过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warn</source>
        <comment>verdict</comment>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fail</source>
        <comment>verdict</comment>
        <translation>未通过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>info</source>
        <comment>verdict</comment>
        <translation>信息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note</source>
        <comment>verdict</comment>
        <translation>提示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <comment>verdict</comment>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>info</source>
        <comment>severity</comment>
        <translation>信息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>low</source>
        <comment>severity</comment>
        <translation>低</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>medium</source>
        <comment>severity</comment>
        <translation>中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>high</source>
        <comment>severity</comment>
        <translation>高</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>critical</source>
        <comment>severity</comment>
        <translation>严重</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>1 Host configuration</source>
        <translation>1 宿主机配置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2 Docker daemon configuration</source>
        <translation>2 Docker 守护进程配置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>3 Docker daemon configuration files</source>
        <translation>3 Docker 守护进程配置文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>4 Container images and build files</source>
        <translation>4 容器镜像和构建文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>5 Container runtime</source>
        <translation>5 容器运行时</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>6 Docker security operations</source>
        <translation>6 Docker 安全运维</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>7 Docker Swarm configuration</source>
        <translation>7 Docker Swarm 配置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DS Dockscope&apos;s own checks</source>
        <translation>DS Dockscope 自有检查项</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 failed, %2 warnings, %3 unknown, %4 notes, %5 info, %6 passed</source>
        <translation>%1 项未通过，%2 项警告，%3 项未知，%4 项提示，%5 项信息，%6 项通过</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n check(s): %1</source>
        <translation>
            <numerusform>%n 项检查：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %n check(s) shown: %2</source>
        <extracomment>The filter shows some of the checks; %1 is how many, %2 their verdict counts.</extracomment>
        <translation>
            <numerusform>显示 %1 项（共 %n 项检查）：%2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/pages/containeroverviewpage.cpp" line="+55"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Container</source>
        <translation>容器</translation>
    </message>
    <message>
        <location filename="../ui/models/containerlistpresentation.cpp" line="+22"/>
        <source>running</source>
        <comment>container state</comment>
        <translation>运行中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exited</source>
        <comment>container state</comment>
        <translation>已退出</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>created</source>
        <comment>container state</comment>
        <translation>已创建</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paused</source>
        <comment>container state</comment>
        <translation>已暂停</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>restarting</source>
        <comment>container state</comment>
        <translation>正在重启</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>removing</source>
        <comment>container state</comment>
        <translation>正在删除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dead</source>
        <comment>container state</comment>
        <translation>已失效</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>removed</source>
        <comment>container state</comment>
        <translation>已删除</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>privileged</source>
        <comment>badge</comment>
        <translation>特权</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>+caps</source>
        <comment>badge</comment>
        <translation>+能力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>host ns</source>
        <comment>badge</comment>
        <translation>宿主机命名空间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no mem limit</source>
        <comment>badge</comment>
        <translation>无内存限制</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>docker.sock</source>
        <comment>badge</comment>
        <translation>docker.sock</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>root</source>
        <comment>badge</comment>
        <translation>root</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Privileged: every capability, every device, no seccomp — root here is root on the host.</source>
        <translation>特权容器：拥有全部能力和全部设备，没有 seccomp——这里的 root 就是宿主机上的 root。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Capabilities added to Docker&apos;s default set: %1</source>
        <translation>在 Docker 默认能力集基础上添加的能力：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shares namespaces with the host (--pid, --network, --ipc, --uts or --userns host).</source>
        <translation>与宿主机共享命名空间（--pid、--network、--ipc、--uts 或 --userns host）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No memory limit: it can starve the host and its neighbours.</source>
        <translation>无内存限制：它可能耗尽宿主机及相邻容器的资源。</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The Docker socket is mounted: whoever controls this container controls the host.</source>
        <translation>挂载了 Docker 套接字：谁控制了这个容器，谁就控制了宿主机。</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>%1 (%2)</source>
        <comment>capability (risk)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Runs as root (no user set).</source>
        <translation>以 root 身份运行（未设置用户）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No security findings from the container&apos;s configuration.</source>
        <translation>容器的配置中没有发现安全问题。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading the container&apos;s configuration…</source>
        <translation>正在读取容器的配置…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>State</source>
        <comment>container column</comment>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <comment>container column</comment>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image</source>
        <comment>container column</comment>
        <translation>镜像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security</source>
        <comment>container column</comment>
        <translation>安全</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <comment>container column</comment>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../ui/models/namespacepresentation.cpp" line="+16"/>
        <source>Remapped: root in the container is an unprivileged user on the host.</source>
        <translation>已重映射：容器中的 root 在宿主机上是无特权用户。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Isolated: the container has its own %1 namespace.</source>
        <translation>已隔离：容器拥有自己的 %1 命名空间。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sees and can signal every process on the host; with ptrace it can read their memory.</source>
        <translation>能看到宿主机上的所有进程并向其发送信号；借助 ptrace 还能读取它们的内存。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uses the host&apos;s network stack: binds host ports, sees host interfaces and local-only services.</source>
        <translation>使用宿主机的网络协议栈：可绑定宿主机端口，能看到宿主机的网络接口和仅限本地的服务。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shares System V IPC and POSIX shared memory with host processes.</source>
        <translation>与宿主机进程共享 System V IPC 和 POSIX 共享内存。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shares the host name; with CAP_SYS_ADMIN it could change the host&apos;s name.</source>
        <translation>共享主机名；拥有 CAP_SYS_ADMIN 时可以修改宿主机的主机名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sees the host&apos;s mount table: the whole host file system.</source>
        <translation>能看到宿主机的挂载表：即整个宿主机文件系统。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Usual without userns-remap: root in the container is root on the host (limited by capabilities).</source>
        <translation>未启用 userns-remap 时的常见情况：容器中的 root 就是宿主机上的 root（受能力限制）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sees the host&apos;s cgroup hierarchy paths.</source>
        <translation>能看到宿主机的 cgroup 层级路径。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Usual: Docker does not isolate the clocks (only CAP_SYS_TIME could change them).</source>
        <translation>常见情况：Docker 不隔离时钟（只有 CAP_SYS_TIME 才能修改它们）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared with the host.</source>
        <translation>与宿主机共享。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>No namespaces were read: the container is not running, or its process could not be read.</source>
        <translation>未读取到命名空间：容器未运行，或无法读取其进程。</translation>
    </message>
    <message>
        <location filename="../ui/models/cgrouppresentation.cpp" line="+25"/>
        <source>Memory limit</source>
        <translation>内存限制</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory usage</source>
        <translation>内存用量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peak usage</source>
        <translation>峰值用量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limit hits (failcnt)</source>
        <translation>超限次数（failcnt）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soft limit (reservation)</source>
        <translation>软限制（预留）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Throttling threshold (high)</source>
        <translation>限流阈值（high）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protected memory (low)</source>
        <translation>受保护内存（low）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swap limit</source>
        <translation>交换空间限制</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swap usage</source>
        <translation>交换空间用量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kernel memory limit</source>
        <translation>内核内存限制</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kernel memory usage</source>
        <translation>内核内存用量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OOM killer disabled</source>
        <translation>已禁用 OOM killer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under OOM now</source>
        <translation>当前处于 OOM 状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OOM kills</source>
        <translation>OOM 终止次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OOM events</source>
        <translation>OOM 事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Process limit</source>
        <translation>进程数限制</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processes</source>
        <translation>进程数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU shares</source>
        <translation>CPU 份额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU weight</source>
        <translation>CPU 权重</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU quota per period</source>
        <translation>每周期 CPU 配额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU period</source>
        <translation>CPU 周期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allowed CPUs</source>
        <translation>允许使用的 CPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block I/O weight</source>
        <translation>块 I/O 权重</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block I/O throttles</source>
        <translation>块 I/O 限速</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cgroup path</source>
        <translation>cgroup 路径</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No cgroup values were read.</source>
        <translation>未读取到控制组（cgroup）的值。</translation>
    </message>
    <message>
        <location filename="../ui/models/securityoptionspresentation.cpp" line="+43"/>
        <source>No new privileges</source>
        <translation>禁止提权（no-new-privileges）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seccomp mode</source>
        <translation>Seccomp 模式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seccomp filters</source>
        <translation>Seccomp 过滤器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AppArmor / SELinux</source>
        <translation>AppArmor / SELinux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privileged</source>
        <translation>特权</translation>
    </message>
    <message>
        <location filename="../ui/models/meminfopresentation.cpp" line="+25"/>
        <source>Cgroup memory limit</source>
        <translation>cgroup 内存限制</translation>
    </message>
    <message>
        <location filename="../ui/models/namespacepresentation.cpp" line="-33"/>
        <source>Namespace</source>
        <translation>命名空间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Container inode</source>
        <translation>容器 inode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host inode</source>
        <translation>宿主机 inode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Isolation</source>
        <translation>隔离情况</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declared mode</source>
        <translation>声明的模式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it means</source>
        <translation>含义</translation>
    </message>
    <message>
        <location filename="../ui/models/capabilitypresentation.cpp" line="+42"/>
        <source>Capability</source>
        <translation>能力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effective</source>
        <translation>有效集</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permitted</source>
        <translation>许可集</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bounding</source>
        <translation>边界集</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inheritable</source>
        <translation>可继承集</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ambient</source>
        <translation>环境集</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docker default</source>
        <translation>Docker 默认</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added / dropped</source>
        <translation>已添加 / 已移除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it matters</source>
        <translation>为什么重要</translation>
    </message>
    <message>
        <location filename="../ui/models/cgrouppresentation.cpp" line="-50"/>
        <source>Limit or counter</source>
        <translation>限制或计数器</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/models/securityoptionspresentation.cpp" line="-31"/>
        <source>Declared</source>
        <translation>声明值</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/models/securityoptionspresentation.cpp" line="+1"/>
        <source>Enforced (kernel)</source>
        <translation>内核实际值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../ui/models/securityoptionspresentation.cpp" line="-2"/>
        <source>Protection</source>
        <translation>保护</translation>
    </message>
    <message>
        <location filename="../ui/models/meminfopresentation.cpp" line="-11"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inside the container</source>
        <translation>容器内</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the host</source>
        <translation>宿主机上</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No /proc/meminfo values were read.</source>
        <translation>未读取到 /proc/meminfo 的值。</translation>
    </message>
    <message>
        <location filename="../ui/models/mountpresentation.cpp" line="+15"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host path</source>
        <translation>宿主机路径</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Container path</source>
        <translation>容器路径</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access</source>
        <translation>访问权限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Propagation</source>
        <translation>传播模式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensitive</source>
        <translation>敏感</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No mounts: the container sees only its image&apos;s file system.</source>
        <translation>没有挂载：容器只能看到其镜像的文件系统。</translation>
    </message>
    <message>
        <location filename="../ui/models/namespacepresentation.cpp" line="+12"/>
        <source>Unknown: the inodes could not be compared.</source>
        <translation>未知：无法比较 inode。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Declared and enforced disagree! %1</source>
        <translation>声明值与内核实际值不一致！%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location filename="../ui/models/securityoptionspresentation.cpp" line="+15"/>
        <source>disabled (0)</source>
        <translation>已禁用（0）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>strict (1)</source>
        <translation>strict（1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>filter (2)</source>
        <translation>filter（2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none (no LSM on this host)</source>
        <translation>无（此宿主机没有 LSM）</translation>
    </message>
    <message>
        <location filename="../ui/models/mountpresentation.cpp" line="-19"/>
        <source>read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>read-write</source>
        <translation>读写</translation>
    </message>
    <message>
        <location filename="../ui/models/factpresentationmodel.cpp" line="+87"/>
        <location filename="../ui/models/mountpresentation.cpp" line="+5"/>
        <location filename="../ui/pages/hostpage.cpp" line="+113"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../ui/models/mountpresentation.cpp" line="+2"/>
        <source>Docker socket: full control of the daemon</source>
        <translation>Docker 套接字：可完全控制守护进程</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>containerd socket: full control of the host&apos;s containers</source>
        <translation>containerd 套接字：可完全控制宿主机上的容器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Docker&apos;s data root</source>
        <translation>Docker 的数据根目录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the host&apos;s root directory</source>
        <translation>宿主机的根目录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>host system directory (%1)</source>
        <translation>宿主机系统目录（%1）</translation>
    </message>
    <message>
        <location filename="../ui/models/factpresentationmodel.cpp" line="-54"/>
        <source>Nothing was read for this table.</source>
        <translation>此表未读取到任何内容。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>no limit</source>
        <translation>未限制</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 µs</source>
        <translation>%1 µs</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/pages/hostpage.cpp" line="+0"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>shared with the host</source>
        <translation>与宿主机共享</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>isolated</source>
        <translation>已隔离</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>added</source>
        <translation>已添加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dropped</source>
        <translation>已移除</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <location filename="../ui/pages/checklistpage.cpp" line="+305"/>
        <source>severity: %1</source>
        <translation>严重程度：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Why it matters:</source>
        <translation>为什么重要：</translation>
    </message>
    <message>
        <location line="-77"/>
        <location line="+80"/>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <location line="-157"/>
        <source>Not connected to a Docker daemon: nothing to check.</source>
        <translation>未连接到 Docker 守护进程：没有可检查的内容。</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1 %2 — %3</source>
        <extracomment>a copied check: %1 its id, %2 its title, %3 its verdict</extracomment>
        <translation>%1 %2 — %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Container: %1</source>
        <translation>容器：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+82"/>
        <source>Remedy:</source>
        <translation>修复建议：</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy check &amp;ID</source>
        <translation>复制检查项 ID(&amp;I)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open container</source>
        <translation>打开容器(&amp;O)</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Select a check to see its evidence and remedy.</source>
        <translation>选择一个检查项以查看其证据和修复建议。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>daemon.json:</source>
        <translation>daemon.json：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Search checks (Ctrl+F)</source>
        <translation>搜索检查项（Ctrl+F）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All verdicts</source>
        <translation>所有结论</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Any severity</source>
        <translation>任意严重程度</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 or higher</source>
        <translation>%1 或更高</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run again</source>
        <translation>重新运行</translation>
    </message>
    <message>
        <location line="-242"/>
        <source>Run every check again (the window stays usable)</source>
        <translation>重新运行所有检查项（窗口仍可正常使用）</translation>
    </message>
    <message>
        <location filename="../ui/models/checklistpresentation.cpp" line="-83"/>
        <source>The checklist has not run yet.</source>
        <translation>检查清单尚未运行。</translation>
    </message>
    <message>
        <location filename="../ui/pages/containertab.cpp" line="+113"/>
        <source>%1 (removed)</source>
        <translation>%1（已删除）</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectdialog.cpp" line="+27"/>
        <source>This computer (DOCKER_HOST, current context or the default socket)</source>
        <translation>本机（DOCKER_HOST、当前上下文或默认套接字）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Docker context %1 (%2)</source>
        <extracomment>%1 is a docker context name, %2 its address</extracomment>
        <translation>Docker 上下文 %1（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/pages/containertab.cpp" line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Connect to a Docker host</source>
        <translation>连接到 Docker 主机</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/mainwindow.cpp" line="-622"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Remove connection</source>
        <translation>删除连接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the connection &quot;%1&quot;?</source>
        <translation>要删除连接“%1”吗？</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Connected: Docker %1 (API %2) via %3.</source>
        <translation>已连接：Docker %1（API %2），通过 %3。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The preferred SSH transport failed: %1</source>
        <translation>首选的 SSH 传输方式失败：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No access to the host&apos;s files: facts come from the API only.</source>
        <translation>无法访问宿主机的文件：信息仅来自 API。</translation>
    </message>
    <message>
        <location filename="../ui/pages/containertab.cpp" line="+78"/>
        <source>Your user may not read this container&apos;s namespaces and its own /proc/meminfo.</source>
        <translation>当前用户无权读取此容器的命名空间及其自身的 /proc/meminfo。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your user may not read this container&apos;s namespaces.</source>
        <translation>当前用户无权读取此容器的命名空间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your user may not read this container&apos;s own /proc/meminfo.</source>
        <translation>当前用户无权读取此容器自身的 /proc/meminfo。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The read-only host-facts helper can, once you authenticate (polkit); it stays for this session.</source>
        <translation>认证（polkit）后，只读的宿主机信息辅助程序可以读取；本次会话内一直有效。</translation>
    </message>
    <message>
        <location filename="../ui/pages/containermemorypage.cpp" line="+75"/>
        <source>The cgroup files cannot be read (%1); samples come from the Engine API&apos;s stats stream.</source>
        <translation>无法读取 cgroup 文件（%1）；样本来自 Engine API 的 stats 数据流。</translation>
    </message>
    <message>
        <location filename="../ui/pages/containertab.cpp" line="+100"/>
        <source>This container has been removed. What you see is the last state read before it was removed.</source>
        <translation>此容器已被删除。你看到的是删除前最后一次读取的状态。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The container&apos;s facts could not be read: %1 (%2)</source>
        <translation>无法读取容器的信息：%1（%2）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The container has exited (code %1): the OOM killer ended it. Sampling has stopped; it resumes when the container starts again.</source>
        <translation>容器已退出（退出码 %1）：它被 OOM killer 终止了。采样已停止；容器重新启动后将恢复采样。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The container has exited. Sampling has stopped; it resumes when the container starts again.</source>
        <translation>容器已退出。采样已停止；容器重新启动后将恢复采样。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The container is %1.</source>
        <translation>容器%1。</translation>
    </message>
    <message>
        <location filename="../ui/pages/containeroverviewpage.cpp" line="-13"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(image default: root)</source>
        <translation>（镜像默认：root）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PID on the host</source>
        <translation>宿主机上的 PID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none (not running)</source>
        <translation>无（未在运行）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Daemon</source>
        <translation>守护进程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rootless: root in this container is the daemon owner&apos;s unprivileged user on the host, and its capabilities are those of root inside the rootless user namespace, not of host root.</source>
        <translation>无根（rootless）模式：此容器内的 root 是守护进程所有者在宿主机上的非特权用户，其能力是 rootless 用户命名空间内 root 的能力，而不是宿主机 root 的能力。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Control group</source>
        <translation>控制组（cgroup）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None of its own (cgroup driver &quot;none&quot;): its limits are recorded but not enforced.</source>
        <translation>没有属于自己的控制组（cgroup 驱动为 &quot;none&quot;）：其资源限制只被记录，内核并未执行。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Findings</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Namespace %1 is shared with the host: %2</source>
        <translation>命名空间 %1 与宿主机共享：%2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reading the container&apos;s facts…</source>
        <translation>正在读取容器的信息…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The checklist has not judged this container yet; the findings above come from its configuration.</source>
        <translation>检查清单尚未对此容器作出判定；上面发现的问题来自它的配置。</translation>
    </message>
    <message>
        <location filename="../ui/pages/containercapabilitiespage.cpp" line="+80"/>
        <source>Not known to matter much inside a container.</source>
        <translation>在容器内通常影响不大。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Dangerous capabilities this container holds</source>
        <translation>此容器拥有的危险能力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risky capabilities from Docker&apos;s default set</source>
        <translation>来自 Docker 默认能力集的有风险能力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None: they were dropped.</source>
        <translation>无：均已移除。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Risky capabilities added to Docker&apos;s default set</source>
        <translation>在 Docker 默认能力集之外新增的有风险能力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a capability to read what it allows.</source>
        <translation>选择一项能力以查看它允许做什么。</translation>
    </message>
    <message>
        <location filename="../ui/pages/containermeminfopage.cpp" line="+34"/>
        <source>Namespaces do not virtualise /proc/meminfo: a process in the container reads the host&apos;s memory figures, whatever the cgroup allows. Programs that size caches from MemTotal can overrun their limit and be OOM-killed.</source>
        <translation>命名空间不会虚拟化 /proc/meminfo：容器中的进程读到的是宿主机的内存数据，无论 cgroup 允许多少。根据 MemTotal 来决定缓存大小的程序可能会超出限制并被 OOM 终止。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Here: the container sees %1 of memory but may use only %2.</source>
        <translation>此处：容器看到的内存为 %1，但最多只能使用 %2。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Here: the container sees %1 and has no memory limit, so it may really take all of it.</source>
        <translation>此处：容器看到的内存为 %1，并且没有内存限制，因此它确实可能用光全部内存。</translation>
    </message>
    <message>
        <location filename="../ui/pages/containertab.cpp" line="+28"/>
        <source>Authenticate to read host facts</source>
        <translation>认证以读取宿主机信息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namespaces</source>
        <translation>命名空间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capabilities</source>
        <translation>能力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cgroups</source>
        <translation>控制组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory view</source>
        <translation>内存视图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mounts</source>
        <translation>挂载</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspect JSON</source>
        <translation>详情 JSON</translation>
    </message>
    <message>
        <location filename="../ui/pages/containermemorypage.cpp" line="+68"/>
        <source>Last minute</source>
        <extracomment>the memory chart&apos;s time window</extracomment>
        <translation>最近 1 分钟</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Last %n minutes</source>
        <extracomment>the memory chart&apos;s time window (5 and 15 minutes)</extracomment>
        <translation>
            <numerusform>最近 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No host access: samples come from the Engine API&apos;s stats stream, once a second.</source>
        <translation>无法访问宿主机：样本来自 Engine API 的 stats 数据流，每秒一次。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sampled once a second from the container&apos;s cgroup files.</source>
        <translation>每秒从容器的 cgroup 文件采样一次。</translation>
    </message>
    <message>
        <location filename="../ui/pages/containernamespacespage.cpp" line="+32"/>
        <source>Each namespace&apos;s inode in the container against the host&apos;s. The same inode means the container shares that part of the kernel with the host. Namespaces isolate less than a VM: every container shares the host kernel.</source>
        <translation>比较容器中每个命名空间的 inode 与宿主机的 inode。inode 相同表示容器与宿主机共享内核的这一部分。命名空间的隔离程度不如虚拟机：所有容器都共享宿主机内核。</translation>
    </message>
    <message>
        <location filename="../ui/pages/hostpage.cpp" line="-22"/>
        <source>Not connected to the Docker daemon</source>
        <translation>未连接到 Docker 守护进程</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use Retry or “Connect to another host…” above; the checklist runs once connected.</source>
        <translation>请使用上方的“重试”或“连接到其他主机…”；连接后将运行检查清单。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connecting to the Docker daemon…</source>
        <translation>正在连接 Docker 守护进程…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Docker daemon on %1</source>
        <translation>%1 上的 Docker 守护进程</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Docker version</source>
        <translation>Docker 版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API version</source>
        <translation>API 版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operating system</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kernel</source>
        <translation>内核</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cgroup version / driver</source>
        <translation>cgroup 版本 / 驱动</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>v%1 / %2</source>
        <translation>v%1 / %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storage driver</source>
        <translation>存储驱动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data root</source>
        <translation>数据根目录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPUs / memory</source>
        <translation>CPU / 内存</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Containers</source>
        <translation>容器</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 running, %2 paused, %3 stopped</source>
        <translation>%1 个运行中，%2 个已暂停，%3 个已停止</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Security options</source>
        <translation>安全选项</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User namespace remapping</source>
        <translation>用户命名空间重映射</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rootless</source>
        <translation>无根（rootless）模式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live restore</source>
        <translation>实时恢复（live-restore）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logging driver</source>
        <translation>日志驱动</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The daemon warns:</source>
        <translation>守护进程警告：</translation>
    </message>
    <message>
        <location filename="../ui/widgets/codeview.cpp" line="+92"/>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy to the clipboard</source>
        <translation>复制到剪贴板</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find (Enter: next, Shift+Enter: previous)</source>
        <translation>查找（Enter：下一个，Shift+Enter：上一个）</translation>
    </message>
    <message>
        <location filename="../ui/widgets/connectionbar.cpp" line="+114"/>
        <source>Disconnected</source>
        <translation>已断开连接</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectdialog.cpp" line="-19"/>
        <location filename="../ui/widgets/connectionbar.cpp" line="+1"/>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/connectionbar.cpp" line="+1"/>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconnecting…</source>
        <translation>正在重新连接…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection failed</source>
        <translation>连接失败</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 (context %2)</source>
        <translation>%1（上下文 %2）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The daemon&apos;s TLS certificate is not verified, as this connection asks: anyone on the network path could pose as the daemon.</source>
        <translation>按此连接的设置，守护进程的 TLS 证书未经验证：网络路径上的任何人都可能冒充守护进程。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 — %2</source>
        <extracomment>%1 is the profile&apos;s name, %2 how the daemon is reached (&quot;ssh://root@host:22 (dial-stdio)&quot;)</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No host access: values come from the API; host-side facts are unavailable.</source>
        <translation>无法访问宿主机：数值来自 API；宿主机侧的信息不可用。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preferred ssh transport not used: %1</source>
        <extracomment>why the preferred ssh transport was not used; the other one is in use</extracomment>
        <translation>未使用首选的 ssh 传输方式：%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 · %2</source>
        <extracomment>%1 is where the daemon is, %2 &quot;TLS&quot; or &quot;TLS (unverified)&quot;</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TLS (unverified)</source>
        <translation>TLS（未验证）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Docker %1 · API %2 · cgroup v%3 (%4 driver)</source>
        <translation>Docker %1 · API %2 · cgroup v%3（%4 驱动）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 %2</source>
        <translation>%1%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to another host…</source>
        <translation>连接到其他主机…</translation>
    </message>
    <message>
        <location filename="../ui/connection/profileeditor.cpp" line="+24"/>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+38"/>
        <source>SSH</source>
        <translation>SSH</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>TCP (optionally TLS)</source>
        <translation>TCP（可选 TLS）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unix socket</source>
        <translation>Unix 套接字</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../ui/widgets/connectionbar.cpp" line="-33"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Verify the daemon&apos;s certificate</source>
        <translation>验证守护进程的证书</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Without verification anyone on the network path can pose as the daemon. The connection will be shown as &quot;TLS (unverified)&quot;.</source>
        <translation>不验证证书时，网络路径上的任何人都可以冒充守护进程。该连接将显示为“TLS（未验证）”。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Directory with ca.pem, cert.pem, key.pem (DOCKER_CERT_PATH)</source>
        <translation>包含 ca.pem、cert.pem、key.pem 的目录（DOCKER_CERT_PATH）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Certificate directory:</source>
        <translation>证书目录：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CA certificate:</source>
        <translation>CA 证书：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client certificate:</source>
        <translation>客户端证书：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client key:</source>
        <translation>客户端私钥：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Forward the Docker socket</source>
        <translation>转发 Docker 套接字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>docker system dial-stdio</source>
        <translation>docker system dial-stdio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>~/.ssh/config</source>
        <translation>~/.ssh/config</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From ssh-agent and ~/.ssh/config</source>
        <translation>来自 ssh-agent 和 ~/.ssh/config</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>~/.ssh/known_hosts</source>
        <translation>~/.ssh/known_hosts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferred transport:</source>
        <translation>首选传输方式：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Config file:</source>
        <translation>配置文件：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity file:</source>
        <translation>身份文件：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Known hosts file:</source>
        <translation>已知主机文件：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Allow read-only probes inside containers (exec) when the host&apos;s files cannot be read</source>
        <translation>无法读取宿主机的文件时，允许在容器内进行只读探测（exec）</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Uses your OpenSSH client, agent and ~/.ssh/config. The path is the Docker socket on the remote host (optional).</source>
        <translation>使用你的 OpenSSH 客户端、agent 和 ~/.ssh/config。路径是远程主机上的 Docker 套接字（可选）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Without SSH the host&apos;s files cannot be read: facts come from the API only.</source>
        <translation>不使用 SSH 时无法读取宿主机的文件：信息仅来自 API。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A socket you forwarded yourself: facts come from the API only.</source>
        <translation>由你自己转发的套接字：信息仅来自 API。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/badgedelegate.cpp" line="+42"/>
        <source>+%1</source>
        <comment>hidden badges</comment>
        <extracomment>Badges that do not fit the column, e.g. &quot;+2&quot;; the tooltip lists them all.</extracomment>
        <translation>+%1</translation>
    </message>
</context>
</TS>

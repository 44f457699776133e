import * as fs from 'fs';
import * as path from 'path';
import { Testing } from 'cdktf';
import { GitpodStack } from '../examples/azure/main';
import { SSH_PUBLIC_KEY, tempDir } from './helpers';

describe('examples/azure (cdktf starter app)', () => {
  it('synthesizes a stack with the providers configured (azurerm with its features block), the group, the identity and the outputs', () => {
    const key = path.join(tempDir('example-azure-'), 'id.pub');
    fs.writeFileSync(key, `${SSH_PUBLIC_KEY}\n`);
    process.env.GITPOD_SSH_PUBLIC_KEY = key;
    process.env.GITPOD_SIZE = 'medium';
    process.env.GITPOD_LOCATION = 'northeurope';
    const stack = new GitpodStack(Testing.app(), 'gitpod');
    const json = JSON.parse(Testing.synth(stack));
    expect(Object.keys(json.provider).sort()).toEqual(['azurerm', 'random', 'tls']);
    expect(json.provider.azurerm).toEqual([{ features: [{}] }]);
    expect(Object.keys(json.output).sort()).toEqual(['dns_records', 'identity_client_id', 'kubeconfig', 'kubecontext']);
    expect(json.output.kubeconfig.sensitive).toBe(true);
    const vms = Object.values<any>(json.resource.azurerm_linux_virtual_machine);
    expect(vms).toHaveLength(3);
    expect(JSON.stringify(vms)).toContain('.medium.managerCount');
    expect(vms.map((vm) => vm.identity?.identity_ids)).toEqual([['${azurerm_user_assigned_identity.identity.id}'], ['${azurerm_user_assigned_identity.identity.id}'], undefined]);
    expect(vms.every((vm) => vm.resource_group_name === '${azurerm_resource_group.resource-group.name}' && vm.location === 'northeurope')).toBe(true);
    expect(() => Testing.fullSynth(stack)).not.toThrow();
  });
});
